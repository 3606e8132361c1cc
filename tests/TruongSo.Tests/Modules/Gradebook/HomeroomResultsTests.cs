using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TruongSo.Rules.Grading;

namespace TruongSo.Tests.Modules.Gradebook;

/// <summary>The homeroom view computes what the rule engine computes on the same recorded results (grading-rules.md §5).</summary>
public sealed class HomeroomResultsTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    // Ex 10: every subject at Tốt level but Công nghệ 4.8.
    private static readonly RecordedYear Ex10 = RecordedYear.Flat("9.0", "8.5", "8.2", "8.0", "8.0", "8.1", "8.4", "4.8");

    [Theory, Engines]
    public async Task Ex10_is_Kha_after_the_9_3_adjustment_exactly_as_the_engine_says(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.HomeroomClassAsync(students: 1);
        await app.Data.RecordAsync(c, c.Students[0], Ex10);
        var gvcn = await app.ApiAs(c.Gvcn);
        await gvcn.ConductAsync(c.ClassId, "hk1", (c.Students[0], "Tot"));
        await gvcn.ConductAsync(c.ClassId, "hk2", (c.Students[0], "Tot"));

        var view = await (await gvcn.GetAsync($"/api/v1/gradebook/classes/{c.ClassId}/results?period=year")).JsonAsync();

        var row = view.GetProperty("students")[0];
        var expected = Tt22Engine.Evaluate(Input(Ex10, Achievement.Tot, Achievement.Tot, 0), GradingSettings.Default);
        expected.Learning.Year!.Value.Result.Should().Be(Achievement.Kha, "the engine itself: Đạt raised one level by Điều 9.3");
        row.GetProperty("learning").GetString().Should().Be(expected.Learning.Year.Value.Result.ToString());
        row.GetProperty("learningComputed").GetString().Should().Be("Dat");
        row.GetProperty("learningAdjusted").GetBoolean().Should().BeTrue();
        row.GetProperty("conduct").GetString().Should().Be(expected.ConductYear.ToString());
        row.GetProperty("yearEndOutcome").GetString().Should().Be(expected.YearEnd!.Outcome.ToString()).And.Be("LenLop");
        row.GetProperty("honour").ValueKind.Should().Be(JsonValueKind.Null, "an adjusted level is never Tốt");
        row.GetProperty("subjects").EnumerateArray().Single(s => s.GetProperty("code").GetString() == "CONGNGHE").GetProperty("value").GetString().Should().Be("4.8");
        row.GetProperty("explanation").EnumerateArray().Should().NotBeEmpty();
        view.GetProperty("summary").GetProperty("learning").GetProperty("Kha").GetInt32().Should().Be(1);
    }

    [Theory, Engines]
    public async Task Ex20_46_absences_repeat_the_year_and_45_do_not(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.HomeroomClassAsync(students: 2);
        var tot = RecordedYear.Flat("9.0", "9.0", "9.0", "9.0", "9.0", "9.0", "8.0", "8.0");
        var gvcn = await app.ApiAs(c.Gvcn);
        foreach (var s in c.Students)
        {
            await app.Data.RecordAsync(c, s, tot);
        }
        await gvcn.ConductAsync(c.ClassId, "hk1", (c.Students[0], "Tot"), (c.Students[1], "Tot"));
        await gvcn.ConductAsync(c.ClassId, "hk2", (c.Students[0], "Tot"), (c.Students[1], "Tot"));

        var absences = await gvcn.PutAsJsonAsync($"/api/v1/gradebook/classes/{c.ClassId}/results/absences?period=year",
            new { entries = new[] { new { studentId = c.Students[0], absences = 45 }, new { studentId = c.Students[1], absences = 46 } } });
        var view = await (await gvcn.GetAsync($"/api/v1/gradebook/classes/{c.ClassId}/results?period=year")).JsonAsync();

        absences.StatusCode.Should().Be(HttpStatusCode.OK);
        var rows = view.GetProperty("students").EnumerateArray().ToDictionary(r => r.GetProperty("studentId").GetGuid());
        rows[c.Students[0]].GetProperty("finalOutcome").GetString().Should().Be("LenLop");
        rows[c.Students[0]].GetProperty("honour").GetString().Should().Be("XuatSac", "six subjects at 9.0, learning and conduct Tốt");
        rows[c.Students[1]].GetProperty("finalOutcome").GetString().Should().Be("OLaiLop");
        rows[c.Students[1]].GetProperty("absences").GetInt32().Should().Be(46);
        view.GetProperty("summary").GetProperty("outcomes").GetProperty("OLaiLop").GetInt32().Should().Be(1);
    }

    [Theory, Engines]
    public async Task Year_conduct_follows_the_matrix_of_Dieu_8(Engine engine)
    {
        var app = await apps.Get(engine);
        (string Hk1, string Hk2, string Year)[] ex18 = [("ChuaDat", "Tot", "Kha"), ("Tot", "Dat", "Kha"), ("Kha", "Tot", "Tot"), ("ChuaDat", "Kha", "Dat"), ("Tot", "ChuaDat", "ChuaDat")];
        var c = await app.Data.HomeroomClassAsync(students: ex18.Length);
        var gvcn = await app.ApiAs(c.Gvcn);

        await gvcn.ConductAsync(c.ClassId, "hk1", [.. c.Students.Zip(ex18, (s, e) => (s, e.Hk1))]);
        await gvcn.ConductAsync(c.ClassId, "hk2", [.. c.Students.Zip(ex18, (s, e) => (s, e.Hk2))]);
        var view = await (await gvcn.GetAsync($"/api/v1/gradebook/classes/{c.ClassId}/results?period=year")).JsonAsync();

        var conduct = view.GetProperty("students").EnumerateArray().ToDictionary(r => r.GetProperty("studentId").GetGuid(), r => r.GetProperty("conduct").GetString());
        c.Students.Select(s => conduct[s]).Should().Equal(ex18.Select(e => e.Year));
        ex18.Should().OnlyContain(e => Tt22.ConductYear(Enum.Parse<Achievement>(e.Hk1), Enum.Parse<Achievement>(e.Hk2)).ToString() == e.Year);
    }

    [Theory, Engines]
    public async Task Bad_entries_name_the_field_and_change_nothing(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.HomeroomClassAsync(students: 1);
        var other = await app.Data.SiblingClassAsync(c, "6A2");
        var gvcn = await app.ApiAs(c.Gvcn);
        var url = $"/api/v1/gradebook/classes/{c.ClassId}/results";

        var badLevel = await gvcn.PutAsJsonAsync($"{url}/conduct?period=hk1", new { entries = new[] { new { studentId = c.Students[0], conduct = "Gioi" } } });
        var notInClass = await gvcn.PutAsJsonAsync($"{url}/conduct?period=hk1", new { entries = new[] { new { studentId = other.Students[0], conduct = "Tot" } } });
        var yearConduct = await gvcn.PutAsJsonAsync($"{url}/conduct?period=year", new { entries = new[] { new { studentId = c.Students[0], conduct = "Tot" } } });
        var notSummer = await gvcn.PutAsJsonAsync($"{url}/summer", new { entries = new[] { new { studentId = c.Students[0], conduct = "Dat" } } });

        (await badLevel.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("entries[0].conduct", out _).Should().BeTrue();
        (await notInClass.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("entries[0].studentId", out _).Should().BeTrue();
        (await yearConduct.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("period", out _).Should().BeTrue();
        await notSummer.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var view = await (await gvcn.GetAsync($"{url}?period=hk1")).JsonAsync();
        view.GetProperty("students")[0].GetProperty("conduct").ValueKind.Should().Be(JsonValueKind.Null);
    }

    /// <summary>The engine's input for the same recorded averages: what the gradebook must have built.</summary>
    internal static Tt22Input Input(RecordedYear year, Achievement hk1, Achievement hk2, int absences) => new(6,
        [.. year.Subjects.Select(s => s.Value.Year is "D" or "CD"
            ? (Tt22Subject)new CommentSubject(s.Key)
            {
                Hk1 = CommentTerm.Recorded(s.Value.Hk1 == "D" ? CommentResult.Dat : CommentResult.ChuaDat),
                Hk2 = CommentTerm.Recorded(s.Value.Hk2 == "D" ? CommentResult.Dat : CommentResult.ChuaDat),
                Year = s.Value.Year == "D" ? CommentResult.Dat : CommentResult.ChuaDat,
            }
            : new ScoredSubject(s.Key, 4)
            {
                Hk1 = ScoredTerm.Recorded(Parse(s.Value.Hk1)), Hk2 = ScoredTerm.Recorded(Parse(s.Value.Hk2)), Year = Parse(s.Value.Year),
            })])
    {
        ConductHk1 = hk1,
        ConductHk2 = hk2,
        Absences = absences,
    };

    private static Score Parse(string text) => Score.TryParse(text, out var s, out _) ? s : throw new ArgumentException(text);
}

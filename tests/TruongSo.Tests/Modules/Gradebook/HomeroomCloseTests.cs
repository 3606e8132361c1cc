using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Gradebook.Data;

namespace TruongSo.Tests.Modules.Gradebook;

/// <summary>The GVCN closes the year: refused while anything is missing, then the results are stored and the decisions go to People.</summary>
public sealed class HomeroomCloseTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task Close_is_refused_listing_what_is_missing_then_persists_every_students_results(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.HomeroomClassAsync(students: 2);
        foreach (var s in c.Students)
        {
            await app.Data.RecordAsync(c, s, RecordedYear.Flat("9.0", "8.5", "8.2", "8.0", "8.0", "8.1", "8.4", "4.8"));
        }
        var gvcn = await app.ApiAs(c.Gvcn);
        var close = $"/api/v1/gradebook/classes/{c.ClassId}/results/close?period=year";
        await gvcn.ConductAsync(c.ClassId, "hk1", (c.Students[0], "Tot"), (c.Students[1], "Kha"));

        var refused = await (await gvcn.PostAsync(close, null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var items = refused.GetProperty("items").EnumerateArray().Select(i => i.GetString()).ToList();
        items.Should().Contain(i => i!.Contains("Toán") && i.Contains("chưa đánh dấu hoàn thành"));
        items.Should().Contain(i => i!.Contains("chưa có kết quả rèn luyện học kì II")).And.HaveCount(13 * 2 + 2, "13 subjects × 2 terms, 2 students without HK II conduct");
        (await app.WithDbAsync(db => db.Set<StudentResult>().CountAsync(r => r.ClassId == c.ClassId && r.Period == GradingPeriod.Year))).Should().Be(0);

        await app.Data.CompleteSubjectSheetsAsync(c, GradingPeriod.Hk1, GradingPeriod.Hk2);
        await gvcn.ConductAsync(c.ClassId, "hk2", (c.Students[0], "Tot"), (c.Students[1], "ChuaDat"));
        var closed = await (await gvcn.PostAsync(close, null)).JsonAsync();

        closed.GetProperty("students").GetInt32().Should().Be(2);
        var stored = await app.WithDbAsync(db => db.Set<StudentResult>().Where(r => r.ClassId == c.ClassId && r.Period == GradingPeriod.Year).ToDictionaryAsync(r => r.StudentId));
        stored[c.Students[0]].Should().BeEquivalentTo(new { RuleSet = "TT22", Learning = "Kha", LearningComputed = "Dat", Conduct = "Tot", YearEndOutcome = "LenLop", FinalOutcome = "LenLop" });
        stored[c.Students[1]].Should().BeEquivalentTo(new { Learning = "Kha", Conduct = "ChuaDat", YearEndOutcome = "ChoHe", SummerConductTraining = true });
        var sheet = await app.WithDbAsync(db => db.Set<Sheet>().SingleAsync(s => s.ClassId == c.ClassId && s.SubjectId == null && s.Period == GradingPeriod.Year));
        sheet.CompletedAt.Should().NotBeNull();
        var principal = await app.ApiAs(c.Principal);
        var decisions = await (await principal.GetAsync($"/api/v1/school-years/{c.YearId}/year-end-decisions")).JsonAsync();
        var outcomes = decisions.GetProperty("classes")[0].GetProperty("students").EnumerateArray().ToDictionary(s => s.GetProperty("studentId").GetGuid(), s => s.GetProperty("outcome"));
        outcomes[c.Students[0]].GetString().Should().Be("Promote", "the roll-over promotes by the gradebook's decision");
        outcomes[c.Students[1]].ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null, "waiting for the summer");
        (await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "gradebook.close" && a.EntityId == $"{c.ClassId}:year"))).Should().Be(1);

        // A later HK II conduct change alters the year's conduct: the year must be closed again.
        await gvcn.ConductAsync(c.ClassId, "hk2", (c.Students[1], "Dat"));
        (await app.WithDbAsync(db => db.Set<Sheet>().SingleAsync(s => s.ClassId == c.ClassId && s.SubjectId == null && s.Period == GradingPeriod.Year)))
            .CompletedAt.Should().BeNull("the closed year no longer matches the terms");
    }

    [Theory, Engines]
    public async Task Summer_conduct_after_training_decides_the_promotion(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.HomeroomClassAsync(students: 1);
        await app.Data.RecordAsync(c, c.Students[0], RecordedYear.Flat("7.0", "7.0", "7.0", "7.0", "7.0", "7.0", "7.0", "7.0"));
        var gvcn = await app.ApiAs(c.Gvcn);
        await gvcn.ConductAsync(c.ClassId, "hk1", (c.Students[0], "Kha"));
        await gvcn.ConductAsync(c.ClassId, "hk2", (c.Students[0], "ChuaDat"));
        var url = $"/api/v1/gradebook/classes/{c.ClassId}/results";

        var summer = await gvcn.PutAsJsonAsync($"{url}/summer", new { entries = new[] { new { studentId = c.Students[0], conduct = "Dat" } } });
        var row = (await (await gvcn.GetAsync($"{url}?period=year")).JsonAsync()).GetProperty("students")[0];

        summer.StatusCode.Should().Be(HttpStatusCode.OK, await summer.Content.ReadAsStringAsync());
        row.GetProperty("yearEndOutcome").GetString().Should().Be("ChoHe");
        row.GetProperty("summerConduct").GetString().Should().Be("Dat");
        row.GetProperty("finalOutcome").GetString().Should().Be("LenLop");
    }

    [Theory, Engines]
    public async Task The_GVCN_and_the_school_read_the_Province_reads_only_others_see_nothing(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.HomeroomClassAsync(students: 1);
        var sibling = await app.Data.SiblingClassAsync(c, "6A2");
        var url = $"/api/v1/gradebook/classes/{c.ClassId}/results";
        var conduct = new { entries = new[] { new { studentId = c.Students[0], conduct = "Tot" } } };
        var so = await app.ApiAs(await app.Data.UserAsync(Roles.ProvinceOfficer, c.Province));
        var clerk = await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, c.School));
        var otherGvcn = await app.ApiAs(sibling.Gvcn);
        var subjectTeacher = await app.Data.UserAsync(Roles.Teacher, c.School);
        await app.Data.AssignAsync(c.School, c.YearId, c.ClassId, subjectTeacher, c.Subjects["TOAN"]);
        var teacher = await app.ApiAs(subjectTeacher);
        var otherPrincipal = await app.ApiAs(await app.Data.UserAsync(Roles.Principal, await app.Data.SchoolAsync(c.Province)));
        var principal = await app.ApiAs(c.Principal);

        (await so.GetAsync($"{url}?period=hk1")).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await so.PutAsJsonAsync($"{url}/conduct?period=hk1", conduct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await clerk.GetAsync($"{url}?period=hk1")).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await clerk.PostAsync($"{url}/close?period=hk1", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await otherGvcn.GetAsync($"{url}?period=hk1")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await otherGvcn.PutAsJsonAsync($"{url}/conduct?period=hk1", conduct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await teacher.GetAsync($"{url}?period=hk1")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await otherPrincipal.GetAsync($"{url}?period=hk1")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await principal.PutAsJsonAsync($"{url}/conduct?period=hk1", conduct)).StatusCode.Should().Be(HttpStatusCode.OK, "the principal may write too");
        var audit = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "gradebook.homeroom.conduct" && a.EntityId == $"{c.ClassId}:hk1"));
        audit.After.Should().Contain("Tot");
    }
}

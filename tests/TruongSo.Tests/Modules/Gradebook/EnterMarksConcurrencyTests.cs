using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TruongSo.Web.Modules.Gradebook.EnterMarks;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;
using static TruongSo.Tests.Infrastructure.GradebookData;

namespace TruongSo.Tests.Modules.Gradebook;

/// <summary>Never lose an update: per-cell versions, the conflict message, the history of a cell, completing a sheet.</summary>
public sealed class EnterMarksConcurrencyTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task A_cell_changed_elsewhere_comes_back_as_a_conflict_while_the_other_cells_save(Engine engine)
    {
        var app = await apps.Get(engine);
        var cls = await app.Data.GradebookClassAsync(students: 1);
        var teacher = await app.Data.TeacherOfAsync(cls, "TOAN", 1);
        var (laptop, phone) = (await app.ApiAs(teacher), await app.ApiAs(teacher));
        var an = cls.Students[0];
        (await laptop.SaveMarksAsync(cls, "TOAN", 1, [Cell(an, "Tx1", "8")])).EnsureSuccessStatusCode();

        (await laptop.SaveMarksAsync(cls, "TOAN", 1, [Cell(an, "Tx1", "9", version: 1)])).EnsureSuccessStatusCode();
        var stale = await (await phone.SaveMarksAsync(cls, "TOAN", 1, [Cell(an, "Tx1", "7", version: 1), Cell(an, "Tx2", "6")])).JsonAsync();

        stale.GetProperty("saved").GetInt32().Should().Be(1);
        var conflict = stale.GetProperty("conflicts").EnumerateArray().Single();
        conflict.GetProperty("column").GetString().Should().Be("Tx1");
        conflict.GetProperty("current").GetProperty("value").GetString().Should().Be("9.0");
        conflict.GetProperty("current").GetProperty("version").GetInt32().Should().Be(2);
        conflict.GetProperty("message").GetString().Should().MatchRegex(@"^Ô này vừa được Lê Thị Hoa sửa lúc \d\d:\d\d \d\d/\d\d/\d{4} thành 9\.0; giá trị của bạn chưa được lưu\.$");
        var cells = (await (await laptop.GetAsync(cls.Marks("TOAN", 1))).JsonAsync()).GetProperty("rows")[0].GetProperty("cells");
        (cells.GetProperty("Tx1").GetProperty("value").GetString(), cells.GetProperty("Tx2").GetProperty("value").GetString()).Should().Be(("9.0", "6.0"));
    }

    [Theory, Engines]
    public async Task Saves_racing_for_one_empty_cell_let_exactly_one_through(Engine engine)
    {
        var app = await apps.Get(engine);
        var cls = await app.Data.GradebookClassAsync(students: 1);
        var teacher = await app.Data.TeacherOfAsync(cls, "TOAN", 1);
        var clients = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => app.ApiAs(teacher)));

        var answers = await Task.WhenAll(clients.Select((c, i) => c.SaveMarksAsync(cls, "TOAN", 1, [Cell(cls.Students[0], "Gk", $"{i + 1}")])));

        var bodies = await Task.WhenAll(answers.Select(a => a.JsonAsync()));
        bodies.Count(b => b.GetProperty("saved").GetInt32() == 1).Should().Be(1);
        bodies.Count(b => b.GetProperty("conflicts").GetArrayLength() == 1).Should().Be(5);
        (await app.Data.MarkCountAsync(cls)).Should().Be(1);
    }

    [Theory, Engines]
    public async Task A_cells_history_shows_who_when_old_new_and_why(Engine engine)
    {
        var app = await apps.Get(engine);
        var cls = await app.Data.GradebookClassAsync(students: 2);
        var api = await app.ApiAs(await app.Data.TeacherOfAsync(cls, "TOAN", 1));
        var an = cls.Students[0];
        (await api.SaveMarksAsync(cls, "TOAN", 1, [Cell(an, "Gk", "8"), Cell(cls.Students[1], "Gk", "5")])).EnsureSuccessStatusCode();
        (await api.SaveMarksAsync(cls, "TOAN", 1, [Cell(an, "Gk", "6", version: 1, note: "MakeUp")], reason: "Kiểm tra bù do ốm")).EnsureSuccessStatusCode();
        (await api.SaveMarksAsync(cls, "TOAN", 1, [Cell(an, "Gk", null, version: 2)])).EnsureSuccessStatusCode();

        var history = (await (await api.GetAsync($"{cls.Marks("TOAN", 1)}/history?studentId={an}&column=Gk")).JsonAsync()).EnumerateArray().ToList();

        history.Select(h => (h.GetProperty("oldValue").GetString(), h.GetProperty("newValue").GetString()))
            .Should().Equal((("6.0", (string?)null)), ("8.0", "6.0"), (null, "8.0"));
        history.Should().AllSatisfy(h => h.GetProperty("by").GetString().Should().Be("Lê Thị Hoa"));
        history[1].GetProperty("reason").GetString().Should().Be("Kiểm tra bù do ốm");
        history[1].GetProperty("newNote").GetString().Should().Be("MakeUp");
        (await app.CliAsync("audit", "verify")).Should().Be(0, "the audit chain stays intact");
    }

    [Theory, Engines]
    public async Task A_save_is_audited_grouped_by_student_and_the_history_still_reads_entries_of_one_object_per_cell(Engine engine)
    {
        var app = await apps.Get(engine);
        var cls = await app.Data.GradebookClassAsync(students: 2);
        var teacher = await app.Data.TeacherOfAsync(cls, "TOAN", 1);
        var api = await app.ApiAs(teacher);
        var (an, binh) = (cls.Students[0], cls.Students[1]);
        var entityId = $"{cls.Id}:{cls.Subject("TOAN")}:1";
        // An entry as saves wrote them before the grouped form: one object per cell.
        await app.WithServicesAsync(async sp =>
        {
            sp.GetRequiredService<AuditLog>().Record(new(SaveMarks.Action, SaveMarks.EntityType, entityId,
                $$"""{"cells":[{"studentId":"{{an}}","column":"Tx1","value":null,"note":"None"}]}""",
                $$"""{"cells":[{"studentId":"{{an}}","column":"Tx1","value":"5.0","note":"None"}],"completionCleared":false}""", null, cls.School.Id));
            return await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
        });

        (await api.SaveMarksAsync(cls, "TOAN", 1, [Cell(an, "Gk", "8"), Cell(binh, "Gk", "5"), Cell(an, "Ck", "7", note: "MakeUp")])).EnsureSuccessStatusCode();

        var stored = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityId == entityId).OrderByDescending(e => e.Seq).FirstAsync());
        using (var after = System.Text.Json.JsonDocument.Parse(stored.After!))
        {
            after.RootElement.GetProperty("marks").GetProperty(an.ToString()).GetProperty("Gk").GetString().Should().Be("8.0");
            after.RootElement.GetProperty("notes").GetProperty(an.ToString()).GetProperty("Ck").GetString().Should().Be("MakeUp");
            after.RootElement.GetProperty("notes").TryGetProperty(binh.ToString(), out _).Should().BeFalse("a note is listed only where there is one");
            after.RootElement.GetProperty("completionCleared").GetBoolean().Should().BeFalse();
        }
        var history = (await (await api.GetAsync($"{cls.Marks("TOAN", 1)}/history?studentId={an}")).JsonAsync()).EnumerateArray()
            .Select(h => (h.GetProperty("column").GetString(), h.GetProperty("oldValue").GetString(), h.GetProperty("newValue").GetString(), h.GetProperty("newNote").GetString()))
            .ToList();
        history.Should().BeEquivalentTo([("Gk", (string?)null, "8.0", "None"), ("Ck", null, "7.0", "MakeUp"), ("Tx1", null, "5.0", "None")]);
        (await app.CliAsync("audit", "verify")).Should().Be(0);
    }

    [Theory, Engines]
    public async Task A_sheet_is_complete_only_when_every_student_has_every_mark_or_is_exempt(Engine engine)
    {
        var app = await apps.Get(engine);
        var cls = await app.Data.GradebookClassAsync(students: 2);
        var api = await app.ApiAs(await app.Data.TeacherOfAsync(cls, "GDCD", 1));
        var (an, binh) = (cls.Students[0], cls.Students[1]);
        (await api.SaveMarksAsync(cls, "GDCD", 1, [Cell(an, "Tx1", 7), Cell(an, "Tx2", 8), Cell(an, "Gk", 7), Cell(an, "Ck", 9)])).EnsureSuccessStatusCode();
        var complete = $"/api/v1/gradebook/classes/{cls.Id}/subjects/{cls.Subject("GDCD")}/terms/1/complete";

        var refused = await (await api.PostAsync(complete, null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        refused.GetProperty("detail").GetString().Should().Contain("Trần Thị Bình (thiếu 2 TX, GK, CK)");

        await app.Data.ExemptAsync(cls, binh, "GDCD", 1);
        (await api.PostAsync(complete, null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var mine = (await (await api.GetAsync("/api/v1/gradebook/my-sheets")).JsonAsync()).EnumerateArray().Single();
        (mine.GetProperty("completed").GetBoolean(), mine.GetProperty("students").GetInt32(), mine.GetProperty("studentsComplete").GetInt32()).Should().Be((true, 2, 2));

        // A change to a completed (not locked) sheet takes its completion away: the teacher marks it again.
        (await api.SaveMarksAsync(cls, "GDCD", 1, [Cell(an, "Ck", 10, version: 1)])).EnsureSuccessStatusCode();
        (await (await api.GetAsync("/api/v1/gradebook/my-sheets")).JsonAsync())[0].GetProperty("completed").GetBoolean().Should().BeFalse();
        (await (await api.GetAsync(cls.Marks("GDCD", 1))).JsonAsync()).GetProperty("completedAt").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }
}

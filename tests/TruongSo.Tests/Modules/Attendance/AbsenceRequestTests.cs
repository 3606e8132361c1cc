using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TruongSo.Tests.Modules.Gradebook;
using TruongSo.Web.Modules.Attendance.Data;
using TruongSo.Web.Modules.ContactBook.Notifications.Data;

namespace TruongSo.Tests.Modules.Attendance;

/// <summary>Xin nghỉ: a parent asks for their own child only; the GVCN approves (the sessions become "có phép"); floods are contained.</summary>
public sealed class AbsenceRequestTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    private static object Body(string from, string to, string reason = "Cháu bị sốt, gia đình xin cho cháu nghỉ.", params string[] sessions) =>
        new { from, to, sessions = sessions.Length == 0 ? ["sang"] : sessions, reason };

    [Theory, Engines]
    public async Task A_parent_requests_the_GVCN_approves_and_the_sessions_are_excused(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.AttendanceClassAsync(students: 2);
        var parentUser = await app.Data.ParentOfAsync(c.Class.School, c.Students[0]);
        var parent = await app.ApiAs(parentUser);
        var gvcn = await app.ApiAs(c.Class.Gvcn);
        // Monday morning was taken with the child absent without permission; the note comes after.
        await gvcn.MarkAsync(c.ClassId, new DateOnly(2026, 11, 16), "sang", null, (c.Students[0], "K"));

        var created = await (await parent.PostAsJsonAsync($"/api/v1/portal/children/{c.Students[0]}/absence-requests",
            Body("2026-11-16", "2026-11-17", "Cháu bị sốt, gia đình xin cho cháu nghỉ.", "sang", "chieu"))).JsonAsync(HttpStatusCode.Created);
        var queue = await (await gvcn.GetAsync($"/api/v1/attendance/classes/{c.ClassId}/absence-requests")).JsonAsync();
        var id = created.GetProperty("id").GetGuid();
        var outsider = await (await app.ApiAs(c.Outsider)).PostAsync($"/api/v1/attendance/absence-requests/{id}/approve", null);
        var approved = await (await gvcn.PostAsJsonAsync($"/api/v1/attendance/absence-requests/{id}/approve", new { note = "Chúc cháu mau khỏe." })).JsonAsync();
        var again = await gvcn.PostAsync($"/api/v1/attendance/absence-requests/{id}/approve", null);
        var mine = await (await parent.GetAsync($"/api/v1/portal/children/{c.Students[0]}/absence-requests")).JsonAsync();
        var attendance = await (await parent.GetAsync($"/api/v1/portal/children/{c.Students[0]}/attendance?year=2026&month=11")).JsonAsync();

        created.GetProperty("state").GetString().Should().Be("pending");
        queue.Strings("studentName").Should().Equal("Nguyễn Văn An");
        outsider.StatusCode.Should().Be(HttpStatusCode.NotFound, "a teacher who does not teach the class does not see its requests");
        approved.GetProperty("state").GetString().Should().Be("approved");
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        mine[0].GetProperty("state").GetString().Should().Be("approved");
        mine[0].GetProperty("decisionNote").GetString().Should().Be("Chúc cháu mau khỏe.");
        var marks = await app.WithDbAsync(db => db.Set<AttendanceMark>().Where(m => m.StudentId == c.Students[0]).ToListAsync());
        marks.Should().HaveCount(4).And.OnlyContain(m => m.Status == MarkStatus.Excused, "two days × two sessions, the K replaced");
        attendance.GetProperty("totals")[0].GetProperty("excused").GetInt32().Should().Be(4);
        attendance.GetProperty("totals")[0].GetProperty("unexcused").GetInt32().Should().Be(0);
        attendance.GetProperty("marks").GetArrayLength().Should().Be(4);
        (await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "attendance.absence-approve" && a.EntityId == id.ToString()))).Should().Be(1);
        var notices = await app.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.DedupKey.StartsWith($"absence-request:{id}"))
            .Select(m => new { m.RecipientUserId, m.DedupKey }).ToListAsync());
        notices.Should().BeEquivalentTo([new { RecipientUserId = c.Class.Gvcn.Id, DedupKey = $"absence-request:{id}:new" },
            new { RecipientUserId = parentUser.Id, DedupKey = $"absence-request:{id}:decision" }], "the GVCN is told of the request, the parent of the decision");
    }

    [Theory, Engines]
    public async Task A_parent_reaches_only_their_own_child(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.AttendanceClassAsync(students: 2);
        var parent = await app.ApiAs(await app.Data.ParentOfAsync(c.Class.School, c.Students[0]));
        var other = c.Students[1];

        var post = await parent.PostAsJsonAsync($"/api/v1/portal/children/{other}/absence-requests", Body("2026-11-16", "2026-11-16"));
        var list = await parent.GetAsync($"/api/v1/portal/children/{other}/absence-requests");
        var attendance = await parent.GetAsync($"/api/v1/portal/children/{other}/attendance");
        var nobody = await parent.GetAsync($"/api/v1/portal/children/{Guid.NewGuid()}/attendance");
        var teacher = await (await app.ApiAs(c.Class.Gvcn)).GetAsync($"/api/v1/portal/children/{other}/attendance");

        var problem = await post.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await list.ShouldBeProblemAsync(HttpStatusCode.NotFound)).GetProperty("detail").GetString().Should().Be(problem.GetProperty("detail").GetString());
        (await attendance.ShouldBeProblemAsync(HttpStatusCode.NotFound)).GetProperty("detail").GetString()
            .Should().Be((await nobody.ShouldBeProblemAsync(HttpStatusCode.NotFound)).GetProperty("detail").GetString(), "another child and no child look the same");
        teacher.StatusCode.Should().Be(HttpStatusCode.NotFound, "the portal is the family's");
        (await app.WithDbAsync(db => db.Set<AbsenceRequest>().CountAsync(r => r.StudentId == other))).Should().Be(0);
    }

    [Theory, Engines]
    public async Task A_flood_of_requests_is_refused_with_a_clear_message(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.AttendanceClassAsync(students: 1);
        var parent = await app.ApiAs(await app.Data.ParentOfAsync(c.Class.School, c.Students[0]));
        var url = $"/api/v1/portal/children/{c.Students[0]}/absence-requests";

        for (var i = 0; i < 5; i++)
        {
            (await parent.PostAsJsonAsync(url, Body($"2026-12-0{i + 1}", $"2026-12-0{i + 1}"))).StatusCode.Should().Be(HttpStatusCode.Created);
        }
        var sixth = await (await parent.PostAsJsonAsync(url, Body("2026-12-07", "2026-12-07"))).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        var invalid = await (await parent.PostAsJsonAsync(url, Body("2026-12-09", "2026-12-08"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var noReason = await (await parent.PostAsJsonAsync(url, Body("2026-12-09", "2026-12-09", " "))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        sixth.GetProperty("detail").GetString().Should().Contain("5 đơn xin nghỉ").And.Contain("chờ duyệt");
        invalid.GetProperty("errors").TryGetProperty("to", out _).Should().BeTrue();
        noReason.GetProperty("errors").TryGetProperty("reason", out _).Should().BeTrue();
        (await app.WithDbAsync(db => db.Set<AbsenceRequest>().CountAsync(r => r.StudentId == c.Students[0]))).Should().Be(5);
    }
}

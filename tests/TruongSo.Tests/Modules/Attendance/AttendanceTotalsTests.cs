using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TruongSo.Tests.Modules.Gradebook;
using TruongSo.Web.Modules.Attendance.Data;
using TruongSo.Web.Modules.ContactBook.Notifications.Data;

namespace TruongSo.Tests.Modules.Attendance;

/// <summary>Attendance's totals feed the gradebook's 45-session rule (TT22 Điều 12 khoản 1 điểm c; grading-rules.md Ex 20) and the threshold alerts.</summary>
public sealed class AttendanceTotalsTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task Sessions_absent_with_or_without_permission_decide_promotion_when_the_GVCN_entered_no_count(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.AttendanceClassAsync(students: 2);
        var (fortyFive, fortySix) = (c.Students[0], c.Students[1]);
        var gvcn = await app.ApiAs(c.Class.Gvcn);
        foreach (var s in c.Students)
        {
            await app.Data.RecordAsync(c.Class, s, RecordedYear.Flat("9.0", "9.0", "9.0", "9.0", "9.0", "9.0", "8.0", "8.0"));
        }
        await gvcn.ConductAsync(c.ClassId, "hk1", (fortyFive, "Tot"), (fortySix, "Tot"));
        await gvcn.ConductAsync(c.ClassId, "hk2", (fortyFive, "Tot"), (fortySix, "Tot"));

        // 23 school days × 2 sessions in HK I: one student misses all 46 (excused and not), the other 45; a late arrival is no absence.
        var day = new DateOnly(2026, 10, 1);
        for (var n = 0; n < 46; n++)
        {
            var status = n % 3 == 0 ? "P" : "K";
            (Guid, string)[] absent = n == 45 ? [(fortySix, status), (fortyFive, "M")] : [(fortySix, status), (fortyFive, status)];
            var saved = await gvcn.MarkAsync(c.ClassId, day, n % 2 == 0 ? "sang" : "chieu", null, absent);
            saved.StatusCode.Should().Be(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
            day = n % 2 == 1 ? day.AddDays(day.DayOfWeek == DayOfWeek.Saturday ? 2 : 1) : day;
        }
        var view = await (await gvcn.GetAsync($"/api/v1/gradebook/classes/{c.ClassId}/results?period=year")).JsonAsync();

        var rows = view.GetProperty("students").EnumerateArray().ToDictionary(r => r.GetProperty("studentId").GetGuid());
        rows[fortyFive].GetProperty("absences").GetInt32().Should().Be(45);
        rows[fortyFive].GetProperty("finalOutcome").GetString().Should().Be("LenLop", "exactly 45 is allowed");
        rows[fortySix].GetProperty("absences").GetInt32().Should().Be(46);
        rows[fortySix].GetProperty("finalOutcome").GetString().Should().Be("OLaiLop", "46 sessions, whatever the reason");
        var alerts = await app.WithDbAsync(db => db.Set<AttendanceAlert>().Where(a => c.Students.Contains(a.StudentId)).Select(a => new { a.StudentId, a.Threshold }).ToListAsync());
        alerts.Where(a => a.StudentId == fortySix).Select(a => a.Threshold).Should().BeEquivalentTo([10, 20, 30, 45], "each threshold once, however many saves");
        alerts.Where(a => a.StudentId == fortyFive).Select(a => a.Threshold).Should().BeEquivalentTo([10, 20, 30, 45]);
        var told = await app.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.RecipientUserId == c.Class.Gvcn.Id && m.Topic == "attendance.threshold")
            .Select(m => m.DedupKey).ToListAsync());
        told.Should().HaveCount(8, "two students, four thresholds, one notice each").And.Contain($"attendance-threshold:{fortySix}:{c.Class.YearId}:45");
    }

    [Theory, Engines]
    public async Task A_count_the_GVCN_entered_wins_over_attendance(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.AttendanceClassAsync(students: 1);
        var gvcn = await app.ApiAs(c.Class.Gvcn);
        await gvcn.MarkAsync(c.ClassId, new DateOnly(2026, 10, 1), "sang", null, (c.Students[0], "K"));
        // HK II is still ahead: a parent's approved request marks its session "có phép".
        var parent = await app.ApiAs(await app.Data.ParentOfAsync(c.Class.School, c.Students[0]));
        var request = await (await parent.PostAsJsonAsync($"/api/v1/portal/children/{c.Students[0]}/absence-requests",
            new { from = "2027-02-01", to = "2027-02-01", sessions = new[] { "sang" }, reason = "Gia đình có việc riêng." })).JsonAsync(HttpStatusCode.Created);
        (await gvcn.PostAsync($"/api/v1/attendance/absence-requests/{request.GetProperty("id").GetGuid()}/approve", null)).StatusCode.Should().Be(HttpStatusCode.OK);

        var before = await (await gvcn.GetAsync($"/api/v1/gradebook/classes/{c.ClassId}/results?period=year")).JsonAsync();
        await gvcn.PutAsJsonAsync($"/api/v1/gradebook/classes/{c.ClassId}/results/absences?period=hk1", new { entries = new[] { new { studentId = c.Students[0], absences = 7 } } });
        var after = await (await gvcn.GetAsync($"/api/v1/gradebook/classes/{c.ClassId}/results?period=year")).JsonAsync();

        before.GetProperty("students")[0].GetProperty("absences").GetInt32().Should().Be(2, "one session in each term, from attendance");
        after.GetProperty("students")[0].GetProperty("absences").GetInt32().Should().Be(8, "HK I as entered (7), HK II from attendance (1)");
    }
}

using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Attendance.Data;

namespace TruongSo.Tests.Modules.Attendance;

/// <summary>A school that takes attendance per period (tiết): a session counts as absent when every period registered was missed; its own alert thresholds.</summary>
public sealed class PerPeriodTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    private static readonly DateOnly Day = new(2026, 11, 10);

    [Theory, Engines]
    public async Task Per_period_registers_count_a_session_only_when_every_period_was_missed(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.AttendanceClassAsync(students: 2);
        var (whole, part) = (c.Students[0], c.Students[1]);
        var principal = await app.ApiAs(c.Class.Principal);
        var settings = $"/api/v1/attendance/schools/{c.Class.School.Id}/settings";
        var teacher = await app.ApiAs(c.SubjectTeacher);
        var gvcn = await app.ApiAs(c.Class.Gvcn);

        var refused = await gvcn.PutAsJsonAsync(settings, new { byPeriod = true });
        (await principal.PutAsJsonAsync(settings, new { byPeriod = true, periodsPerSession = 4, thresholds = new[] { 1, 3 } })).StatusCode.Should().Be(HttpStatusCode.OK);
        var noPeriod = await (await teacher.MarkAsync(c.ClassId, Day, "sang", null, (whole, "K"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await Period(teacher, c.ClassId, 1, (whole, "K"));
        await Period(teacher, c.ClassId, 2, (whole, "P"), (part, "M"));
        var day = await (await gvcn.GetAsync($"/api/v1/attendance/classes/{c.ClassId}/days/2026-11-10?session=sang&period=2")).JsonAsync();
        var year = await (await gvcn.GetAsync($"/api/v1/gradebook/classes/{c.ClassId}/results?period=year")).JsonAsync();

        refused.StatusCode.Should().Be(HttpStatusCode.NotFound, "the school's settings are the school's (attendance.view to read, attendance.manage to change)");
        noPeriod.GetProperty("errors").TryGetProperty("period", out _).Should().BeTrue();
        day.GetProperty("byPeriod").GetBoolean().Should().BeTrue();
        day.GetProperty("students").EnumerateArray().Select(s => s.GetProperty("status").GetString()).Should().Equal("P", "M");
        var absences = year.GetProperty("students").EnumerateArray().ToDictionary(s => s.GetProperty("studentId").GetGuid(), s => s.GetProperty("absences").GetInt32());
        absences[whole].Should().Be(1, "both registered periods missed: one session, unexcused as one period was");
        absences[part].Should().Be(0, "at school in period 1, late in period 2");
        var alerts = await app.WithDbAsync(db => db.Set<AttendanceAlert>().Where(a => c.Students.Contains(a.StudentId)).Select(a => new { a.StudentId, a.Threshold }).ToListAsync());
        alerts.Should().BeEquivalentTo([new { StudentId = whole, Threshold = 1 }], "the school's own thresholds (1, 3)");
    }

    private static async Task Period(HttpClient client, Guid classId, int period, params (Guid Student, string Status)[] absent)
    {
        var response = await client.PutAsJsonAsync($"/api/v1/attendance/classes/{classId}/days/{Day:yyyy-MM-dd}?session=sang&period={period}",
            new { absent = absent.Select(a => new { studentId = a.Student, status = a.Status }) });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}

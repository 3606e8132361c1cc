using System.Net;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Attendance.Data;

namespace TruongSo.Tests.Modules.Attendance;

/// <summary>Taking a class's register over HTTP: only the absent are sent; corrections need a reason and are audited; only the class's teachers mark it.</summary>
public sealed class TakeRegisterTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    private static readonly DateOnly Monday = new(2026, 11, 16);

    [Theory, Engines]
    public async Task The_GVCN_marks_only_the_absent_and_reads_the_register_back(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.AttendanceClassAsync(students: 3);
        var gvcn = await app.ApiAs(c.Class.Gvcn);

        var saved = await (await gvcn.MarkAsync(c.ClassId, Monday, "sang", null, (c.Students[0], "K"), (c.Students[2], "M"))).JsonAsync();
        var day = await (await gvcn.GetAsync($"/api/v1/attendance/classes/{c.ClassId}/days/2026-11-16?session=sang")).JsonAsync();
        var afternoon = await (await gvcn.GetAsync($"/api/v1/attendance/classes/{c.ClassId}/days/2026-11-16?session=chieu")).JsonAsync();

        saved.GetProperty("correction").GetBoolean().Should().BeFalse();
        saved.GetProperty("absent").GetInt32().Should().Be(1);
        saved.GetProperty("late").GetInt32().Should().Be(1);
        day.GetProperty("taken").GetBoolean().Should().BeTrue();
        day.GetProperty("students").EnumerateArray().Select(s => s.GetProperty("status").GetString()).Should().Equal("K", null, "M");
        afternoon.GetProperty("taken").GetBoolean().Should().BeFalse("the afternoon is a register of its own");
        (await app.WithDbAsync(db => db.Set<AttendanceMark>().CountAsync(m => m.ClassId == c.ClassId))).Should().Be(2, "present students have no row");
        (await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "attendance.take" && a.SchoolId == c.Class.School.Id))).Should().Be(1);
    }

    [Theory, Engines]
    public async Task A_second_save_the_same_day_is_a_correction_that_needs_a_reason_and_is_audited(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.AttendanceClassAsync(students: 2);
        var gvcn = await app.ApiAs(c.Class.Gvcn);
        (await gvcn.MarkAsync(c.ClassId, Monday, "sang", null, (c.Students[0], "K"))).StatusCode.Should().Be(HttpStatusCode.OK);

        var refused = await (await gvcn.MarkAsync(c.ClassId, Monday, "sang", "  ", (c.Students[0], "P"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var corrected = await (await gvcn.MarkAsync(c.ClassId, Monday, "sang", "Phụ huynh gửi giấy xin phép muộn", (c.Students[0], "P"), (c.Students[1], "M"))).JsonAsync();

        refused.GetProperty("errors").GetProperty("reason")[0].GetString().Should().Contain("lý do");
        corrected.GetProperty("correction").GetBoolean().Should().BeTrue();
        var audit = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "attendance.correct" && a.SchoolId == c.Class.School.Id));
        audit.Reason.Should().Be("Phụ huynh gửi giấy xin phép muộn");
        audit.Before.Should().Contain($"\"{c.Students[0]}\":\"K\"");
        audit.After.Should().Contain($"\"{c.Students[0]}\":\"P\"").And.Contain($"\"{c.Students[1]}\":\"M\"");
        var marks = await app.WithDbAsync(db => db.Set<AttendanceMark>().Where(m => m.ClassId == c.ClassId).ToDictionaryAsync(m => m.StudentId, m => m.Status));
        marks.Should().BeEquivalentTo(new Dictionary<Guid, MarkStatus> { [c.Students[0]] = MarkStatus.Excused, [c.Students[1]] = MarkStatus.Late });
    }

    [Theory, Engines]
    public async Task A_teacher_who_does_not_teach_the_class_is_refused_and_nothing_is_written(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.AttendanceClassAsync(students: 2);
        var elsewhere = await app.Data.HomeroomClassAsync(students: 1);

        var outsider = await (await (await app.ApiAs(c.Outsider)).MarkAsync(c.ClassId, Monday, "sang", null, (c.Students[0], "K"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var foreign = await (await app.ApiAs(elsewhere.Gvcn)).MarkAsync(c.ClassId, Monday, "sang", null, (c.Students[0], "K"));
        var parent = await (await app.Data.ApiAsync(Roles.Parent, c.Class.School)).MarkAsync(c.ClassId, Monday, "sang", null, (c.Students[0], "K"));
        var subject = await (await app.ApiAs(c.SubjectTeacher)).MarkAsync(c.ClassId, Monday, "chieu", null, (c.Students[1], "M"));
        var principal = await (await app.ApiAs(c.Class.Principal)).MarkAsync(c.ClassId, Monday, "sang", null, (c.Students[0], "P"));

        outsider.GetProperty("detail").GetString().Should().Be("Bạn không dạy lớp này nên không được điểm danh lớp này.");
        foreign.StatusCode.Should().Be(HttpStatusCode.NotFound, "another school's teacher does not see the class");
        parent.StatusCode.Should().Be(HttpStatusCode.NotFound);
        subject.StatusCode.Should().Be(HttpStatusCode.OK, "a teacher assigned to the class marks it");
        principal.StatusCode.Should().Be(HttpStatusCode.OK, "attendance.manage");
        var morning = await app.WithDbAsync(db => db.Set<AttendanceMark>().Where(m => m.ClassId == c.ClassId && m.Session == Session.Morning).Select(m => m.Status).ToListAsync());
        morning.Should().Equal([MarkStatus.Excused], "only the principal's save wrote the morning");
    }

    [Theory, Engines]
    public async Task Bad_input_is_refused_naming_the_field(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.AttendanceClassAsync(students: 1);
        var gvcn = await app.ApiAs(c.Class.Gvcn);

        var status = await (await gvcn.MarkAsync(c.ClassId, Monday, "sang", null, (c.Students[0], "X"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var stranger = await (await gvcn.MarkAsync(c.ClassId, Monday, "sang", null, (Guid.NewGuid(), "K"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var session = await (await gvcn.MarkAsync(c.ClassId, Monday, "toi", null)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var summer = await (await gvcn.MarkAsync(c.ClassId, new DateOnly(2026, 7, 1), "sang", null)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        status.GetProperty("errors").TryGetProperty("absent[0].status", out _).Should().BeTrue();
        stranger.GetProperty("errors").TryGetProperty("absent[0].studentId", out _).Should().BeTrue();
        session.GetProperty("errors").TryGetProperty("session", out _).Should().BeTrue();
        summer.GetProperty("errors").GetProperty("date")[0].GetString().Should().Contain("năm học");
    }
}

using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Attendance.Contracts;
using TruongSo.Web.Modules.Attendance.Data;
using TruongSo.Web.Modules.Attendance.Settings;
using TruongSo.Web.Modules.ContactBook.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Attendance.Totals;

/// <summary>
/// After absences are recorded: for each student whose year total reached one of the school's
/// thresholds for the first time, the GVCN and the family are told (once per threshold, kept in
/// attendance_alerts and in the notice's DedupKey). Saved in its own unit of work after the marks.
/// </summary>
public sealed class ThresholdAlerts(AppDbContext db, IAttendanceTotals totals, AttendanceSettingsStore settings, ClassPeople people,
    INotifications notifications, TimeProvider clock)
{
    public async Task CheckAsync(Guid schoolId, SchoolYearRef year, IEnumerable<Guid> studentIds, CancellationToken ct = default)
    {
        var ids = studentIds.Distinct().ToList();
        var thresholds = (await settings.ForSchoolAsync(schoolId, ct)).ThresholdList();
        if (ids.Count == 0 || thresholds.Count == 0)
        {
            return;
        }
        var counts = await totals.ForStudentsAsync(ids, year.Term1Start, year.Term2End, ct);
        var raised = await db.Set<AttendanceAlert>().AsNoTracking().Where(a => a.SchoolYearId == year.Id && ids.Contains(a.StudentId))
            .Select(a => new { a.StudentId, a.Threshold }).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var any = false;
        foreach (var (studentId, total) in counts)
        {
            var reached = thresholds.Where(t => t <= total.Sessions && !raised.Any(r => r.StudentId == studentId && r.Threshold == t)).ToList();
            if (reached.Count == 0)
            {
                continue;
            }
            var threshold = reached.Max();
            foreach (var t in reached)
            {
                db.Add(new AttendanceAlert { SchoolId = schoolId, SchoolYearId = year.Id, StudentId = studentId, Threshold = t, Sessions = total.Sessions, RaisedAt = now });
            }
            var student = await people.StudentAsync(studentId, year, ct);
            var subject = $"{student.FullName} đã nghỉ {total.Sessions} buổi";
            var body = $"{student.FullName} ({student.ClassName}) đã nghỉ {total.Sessions} buổi trong năm học {year.Name} "
                + $"({total.Excused} có phép, {total.Unexcused} không phép), chạm mốc {threshold} buổi. Học sinh nghỉ quá 45 buổi trong năm học không được lên lớp (Thông tư 22/2021, Điều 12).";
            foreach (var recipient in student.Homeroom.Concat(student.Family).Distinct())
            {
                var link = student.Family.Contains(recipient) ? $"/gia-dinh/{studentId}/chuyen-can" : $"/diem-danh/lop/{student.ClassId}";
                notifications.Enqueue(new Notice(recipient, "attendance.threshold", subject, body, $"attendance-threshold:{studentId}:{year.Id}:{threshold}", link, schoolId));
            }
            any = true;
        }
        if (!any)
        {
            return;
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two saves crossed the same threshold at once: the other one raised the alert.
        }
    }
}

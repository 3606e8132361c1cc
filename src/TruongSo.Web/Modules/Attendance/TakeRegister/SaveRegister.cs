using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Attendance.Data;
using TruongSo.Web.Modules.Attendance.Settings;
using TruongSo.Web.Modules.Attendance.Totals;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Time;

namespace TruongSo.Web.Modules.Attendance.TakeRegister;

public sealed record AbsentEntry(Guid StudentId, string? Status);

public sealed record RegisterSaved(Guid ClassId, DateOnly Date, string Session, int Period, bool Correction, int Absent, int Late);

/// <summary>
/// Takes a class's register: the teacher sends only the students who are absent or late (everyone
/// else was present). The day's first save takes the register; any later save is a correction and
/// needs a reason, kept with the old and new marks in the audit log. One transaction.
/// </summary>
public sealed class SaveRegister(AttendanceAccess access, AppDbContext db, IClassRosters rosters, AttendanceSettingsStore settings,
    AuditLog audit, ThresholdAlerts alerts, TimeProvider clock)
{
    public async Task<AttendanceOutcome<RegisterSaved>> HandleAsync(ClaimsPrincipal user, Guid classId, DateOnly date, Session session, int? period,
        IReadOnlyList<AbsentEntry> absent, string? reason, CancellationToken ct = default)
    {
        if (await access.ForClassAsync(user, classId, ct) is not { } cls)
        {
            return AttendanceRefusal.NotFound("lớp này");
        }
        if (!cls.Marks)
        {
            return AttendanceRefusal.Forbidden(AttendanceAccess.NotTeacherOfClass);
        }
        var school = await settings.ForSchoolAsync(cls.Class.SchoolId, ct);
        if (Check(cls, school, date, period) is { } refused)
        {
            return refused;
        }
        var p = period ?? 0;
        var onRoll = ClassDay.OnRoll(await rosters.ForClassAsync(classId, ct), date).Select(r => r.StudentId).ToHashSet();
        var wanted = new Dictionary<Guid, MarkStatus>();
        for (var i = 0; i < absent.Count; i++)
        {
            if (!onRoll.Contains(absent[i].StudentId))
            {
                return AttendanceRefusal.Invalid($"absent[{i}].studentId", "Học sinh này không có trong danh sách lớp vào ngày điểm danh.");
            }
            if (Codes.Status(absent[i].Status) is not { } status)
            {
                return AttendanceRefusal.Invalid($"absent[{i}].status", "Trạng thái phải là P (nghỉ có phép), K (nghỉ không phép) hoặc M (đi muộn).");
            }
            wanted[absent[i].StudentId] = status;
        }
        var register = await db.Set<AttendanceRegister>()
            .SingleOrDefaultAsync(r => r.ClassId == classId && r.Date == date && r.Session == session && r.Period == p, ct);
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (register is not null && reason is null)
        {
            return AttendanceRefusal.Invalid("reason", "Lớp đã được điểm danh buổi này; muốn sửa, hãy ghi lý do sửa.");
        }
        if (reason is { Length: > 500 })
        {
            return AttendanceRefusal.Invalid("reason", "Lý do sửa không được dài quá 500 ký tự.");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var userId = AttendanceAccess.UserId(user) ?? Guid.Empty;
        var ids = onRoll.ToList();
        var existing = await db.Set<AttendanceMark>().Where(m => ids.Contains(m.StudentId) && m.Date == date && m.Session == session && m.Period == p).ToListAsync(ct);
        var before = Snapshot(existing.ToDictionary(m => m.StudentId, m => m.Status));
        foreach (var mark in existing.Where(m => !wanted.ContainsKey(m.StudentId)))
        {
            db.Remove(mark);
        }
        foreach (var (studentId, status) in wanted)
        {
            var mark = existing.FirstOrDefault(m => m.StudentId == studentId);
            if (mark is null)
            {
                db.Add(new AttendanceMark { SchoolId = cls.Class.SchoolId, ClassId = classId, StudentId = studentId, Date = date, Session = session, Period = p, Status = status, UpdatedAt = now });
            }
            else if (mark.Status != status)
            {
                (mark.Status, mark.AbsenceRequestId, mark.UpdatedAt) = (status, null, now);
            }
        }
        if (register is null)
        {
            db.Add(new AttendanceRegister { SchoolId = cls.Class.SchoolId, ClassId = classId, Date = date, Session = session, Period = p, Enrolled = onRoll.Count, TakenBy = userId, TakenAt = now });
        }
        else
        {
            (register.CorrectedBy, register.CorrectedAt, register.Enrolled) = (userId, now, onRoll.Count);
            register.Version++;
        }
        var entity = $"{classId}:{date:yyyy-MM-dd}:{Codes.Of(session)}:{p}";
        audit.Record(new AuditChange(register is null ? "attendance.take" : "attendance.correct", "ClassRegister", entity,
            register is null ? null : before, Snapshot(wanted), reason, cls.Class.SchoolId));
        await db.SaveChangesAsync(ct);
        await alerts.CheckAsync(cls.Class.SchoolId, cls.Year, wanted.Keys, ct);
        return new RegisterSaved(classId, date, Codes.Of(session), p, register is not null,
            wanted.Values.Count(s => s != MarkStatus.Late), wanted.Values.Count(s => s == MarkStatus.Late));
    }

    private AttendanceRefusal? Check(ClassAttendance cls, AttendanceSettings school, DateOnly date, int? period)
    {
        if (date < cls.Year.Term1Start || date > cls.Year.Term2End)
        {
            return AttendanceRefusal.Invalid("date", "Ngày điểm danh không thuộc năm học của lớp.");
        }
        if (date > SchoolDay.Today(clock))
        {
            return AttendanceRefusal.Invalid("date", "Không thể điểm danh trước cho một ngày chưa tới.");
        }
        if (school.ByPeriod && (period is null || period < 1 || period > school.PeriodsPerSession))
        {
            return AttendanceRefusal.Invalid("period", $"Trường điểm danh theo tiết: hãy chọn tiết từ 1 đến {school.PeriodsPerSession}.");
        }
        return !school.ByPeriod && period is not (null or 0)
            ? AttendanceRefusal.Invalid("period", "Trường điểm danh theo buổi, không theo tiết.")
            : null;
    }

    /// <summary>"P", "K", "M" per student, for the audit log's before and after.</summary>
    private static Dictionary<string, string> Snapshot(IReadOnlyDictionary<Guid, MarkStatus> marks) =>
        marks.OrderBy(m => m.Key).ToDictionary(m => m.Key.ToString(), m => Codes.Of(m.Value));
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Attendance.Data;
using TruongSo.Web.Modules.Attendance.Settings;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Attendance.TakeRegister;

public sealed record DayStudent(Guid StudentId, string StudentCode, string FullName, string? Status, bool Excused);

/// <summary>A class's register for one day and session (and period, per-period schools): who is marked, whether it was taken.</summary>
public sealed record ClassDayView(Guid ClassId, string ClassName, Guid SchoolId, DateOnly Date, string Session, int Period, bool ByPeriod, int PeriodsPerSession,
    bool Taken, DateTime? TakenAt, DateTime? CorrectedAt, bool CanMark, bool CanDecide, IReadOnlyList<DayStudent> Students)
{
    public int Absent => Students.Count(s => s.Status is "P" or "K");

    public int Late => Students.Count(s => s.Status == "M");
}

/// <summary>Reads a class's register for a day. Everyone who may read the class's attendance; 404 for the rest.</summary>
public sealed class ClassDay(AttendanceAccess access, AppDbContext db, IClassRosters rosters, AttendanceSettingsStore settings)
{
    public async Task<AttendanceOutcome<ClassDayView>> HandleAsync(ClaimsPrincipal user, Guid classId, DateOnly date, Session session, int? period, CancellationToken ct = default)
    {
        if (await access.ForClassAsync(user, classId, ct) is not { Reads: true } cls)
        {
            return AttendanceRefusal.NotFound("lớp này");
        }
        var school = await settings.ForSchoolAsync(cls.Class.SchoolId, ct);
        var p = school.ByPeriod ? Math.Clamp(period ?? 1, 1, school.PeriodsPerSession) : 0;
        var students = OnRoll(await rosters.ForClassAsync(classId, ct), date);
        var ids = students.Select(s => s.StudentId).ToList();
        var marks = await db.Set<AttendanceMark>().AsNoTracking()
            .Where(m => ids.Contains(m.StudentId) && m.Date == date && m.Session == session && (m.Period == p || m.Period == 0))
            .ToListAsync(ct);
        var register = await db.Set<AttendanceRegister>().AsNoTracking()
            .SingleOrDefaultAsync(r => r.ClassId == classId && r.Date == date && r.Session == session && r.Period == p, ct);
        var rows = students.Select(s =>
        {
            // A per-period register shows the period's own mark, else the session's (an approved request).
            var mark = marks.FirstOrDefault(m => m.StudentId == s.StudentId && m.Period == p) ?? marks.FirstOrDefault(m => m.StudentId == s.StudentId && m.Period == 0);
            return new DayStudent(s.StudentId, s.StudentCode, s.FullName, mark is null ? null : Codes.Of(mark.Status), mark?.AbsenceRequestId is not null);
        }).ToList();
        return new ClassDayView(classId, cls.Class.Name, cls.Class.SchoolId, date, Codes.Of(session), p, school.ByPeriod, school.PeriodsPerSession,
            register is not null, register?.TakenAt, register?.CorrectedAt, cls.Marks, cls.Decides, rows);
    }

    /// <summary>Students placed in the class on that day (a student who moved in or out mid-year is listed only while there).</summary>
    public static List<RosterEntry> OnRoll(IReadOnlyList<RosterEntry> roster, DateOnly date) =>
        [.. roster.Where(r => r.From <= date && (r.To is not { } to || to >= date))];
}

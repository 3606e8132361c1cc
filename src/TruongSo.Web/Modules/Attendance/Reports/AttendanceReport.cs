using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Attendance.Data;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Attendance.Reports;

/// <summary>
/// Counts for one class (or the school, <see cref="ClassId"/> null) over one day, week or month:
/// registers taken, student-sessions on the roll, absent with and without permission, late, and
/// the share present (in percent, one decimal, rounded half-up on exact decimals).
/// </summary>
public sealed record ReportRow(DateOnly Start, Guid? ClassId, string ClassName, int Registers, int OnRoll, int Excused, int Unexcused, int Late)
{
    public decimal PresentRate => OnRoll == 0 ? 0 : Math.Round(100m * (OnRoll - Excused - Unexcused) / OnRoll, 1, MidpointRounding.AwayFromZero);

    public static ReportRow Sum(DateOnly start, Guid? classId, string name, IEnumerable<ReportRow> rows)
    {
        var list = rows.ToList();
        return new(start, classId, name, list.Sum(r => r.Registers), list.Sum(r => r.OnRoll), list.Sum(r => r.Excused), list.Sum(r => r.Unexcused), list.Sum(r => r.Late));
    }
}

public sealed record AttendanceReportView(Guid SchoolId, Guid? ClassId, DateOnly From, DateOnly To, string By, IReadOnlyList<ReportRow> Rows, IReadOnlyList<ReportRow> Totals, ReportRow Total);

/// <summary>
/// Attendance by day, week (Monday first) or month, for a class (its readers: the GVCN, its
/// teachers) or the school (attendance.view). Counted from the registers taken: a session nobody
/// marked is not in the report (neither present nor absent). Per-period registers count student-periods.
/// </summary>
public sealed class AttendanceReport(AppDbContext db, AttendanceAccess access, ISchoolStructure structure)
{
    public async Task<AttendanceOutcome<AttendanceReportView>> HandleAsync(ClaimsPrincipal user, Guid? schoolId, Guid? classId, DateOnly from, DateOnly to, string by, CancellationToken ct = default)
    {
        if (to < from || to.DayNumber - from.DayNumber > 366)
        {
            return AttendanceRefusal.Invalid("to", "Khoảng ngày phải từ ngày bắt đầu trở đi và không quá một năm.");
        }
        if (by is not ("day" or "week" or "month"))
        {
            return AttendanceRefusal.Invalid("by", "Nhóm theo \"day\" (ngày), \"week\" (tuần) hoặc \"month\" (tháng).");
        }
        Guid school;
        if (classId is { } cid)
        {
            if (await access.ForClassAsync(user, cid, ct) is not { Reads: true } cls)
            {
                return AttendanceRefusal.NotFound("lớp này");
            }
            school = cls.Class.SchoolId;
        }
        else if (schoolId is { } sid && await access.ReadsSchoolAsync(user, sid, ct))
        {
            school = sid;
        }
        else
        {
            return AttendanceRefusal.NotFound("trường này");
        }
        var registers = await db.Set<AttendanceRegister>().AsNoTracking()
            .Where(r => r.SchoolId == school && r.Date >= from && r.Date <= to && (classId == null || r.ClassId == classId))
            .Select(r => new { r.ClassId, r.Date, r.Session, r.Period, r.Enrolled }).ToListAsync(ct);
        var marks = (await db.Set<AttendanceMark>().AsNoTracking()
            .Where(m => m.SchoolId == school && m.Date >= from && m.Date <= to && (classId == null || m.ClassId == classId))
            .Select(m => new { m.ClassId, m.Date, m.Session, m.Period, m.Status }).ToListAsync(ct))
            .GroupBy(m => (m.ClassId, m.Date, m.Session, m.Period)).ToDictionary(g => g.Key, g => g.Select(m => m.Status).ToList());
        var names = (await structure.ClassesAsync([.. registers.Select(r => r.ClassId).Distinct()], ct)).ToDictionary(c => c.Id, c => (c.Grade, c.Name));
        var rows = registers.GroupBy(r => (Start: Bucket(r.Date, by), r.ClassId)).Select(g =>
        {
            var statuses = g.SelectMany(r => marks.GetValueOrDefault((r.ClassId, r.Date, r.Session, r.Period)) ?? []).ToList();
            return new ReportRow(g.Key.Start, g.Key.ClassId, names.GetValueOrDefault(g.Key.ClassId).Name ?? "", g.Count(), g.Sum(r => r.Enrolled),
                statuses.Count(s => s == MarkStatus.Excused), statuses.Count(s => s == MarkStatus.Unexcused), statuses.Count(s => s == MarkStatus.Late));
        }).OrderBy(r => r.Start).ThenBy(r => names.GetValueOrDefault(r.ClassId!.Value).Grade).ThenBy(r => r.ClassName, StringComparer.Ordinal).ToList();
        var totals = rows.GroupBy(r => r.Start).Select(g => ReportRow.Sum(g.Key, null, "", g)).ToList();
        return new AttendanceReportView(school, classId, from, to, by, rows, totals, ReportRow.Sum(from, null, "", rows));
    }

    public static DateOnly Bucket(DateOnly date, string by) => by switch
    {
        "week" => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        "month" => new DateOnly(date.Year, date.Month, 1),
        _ => date,
    };
}

using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Attendance.Contracts;
using TruongSo.Web.Modules.Attendance.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Attendance.Totals;

/// <summary>
/// Counts sessions absent from the marks. A whole-session mark counts one session. Where the
/// school takes attendance per period, a session counts as absent when the student missed every
/// period registered for it (with permission if every one of those was excused); a student who
/// missed only some periods was at school that session (grading-rules.md §1.9: "buổi").
/// </summary>
internal sealed class AttendanceTotals(AppDbContext db) : IAttendanceTotals
{
    public async Task<IReadOnlyDictionary<Guid, AbsenceTotals>> ForStudentsAsync(IReadOnlyCollection<Guid> studentIds, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        if (studentIds.Count == 0)
        {
            return new Dictionary<Guid, AbsenceTotals>();
        }
        var marks = await db.Set<AttendanceMark>().AsNoTracking()
            .Where(m => studentIds.Contains(m.StudentId) && m.Date >= from && m.Date <= to)
            .Select(m => new { m.StudentId, m.ClassId, m.Date, m.Session, m.Period, m.Status }).ToListAsync(ct);
        var periodClasses = marks.Where(m => m.Period > 0).Select(m => m.ClassId).Distinct().ToList();
        var registered = periodClasses.Count == 0 ? [] : (await db.Set<AttendanceRegister>().AsNoTracking()
            .Where(r => periodClasses.Contains(r.ClassId) && r.Period > 0 && r.Date >= from && r.Date <= to)
            .Select(r => new { r.ClassId, r.Date, r.Session }).ToListAsync(ct))
            .GroupBy(r => (r.ClassId, r.Date, r.Session)).ToDictionary(g => g.Key, g => g.Count());
        var totals = new Dictionary<Guid, AbsenceTotals>();
        foreach (var student in marks.GroupBy(m => m.StudentId))
        {
            var (excused, unexcused, late) = (0, 0, 0);
            foreach (var session in student.GroupBy(m => (m.Date, m.Session)))
            {
                var whole = session.FirstOrDefault(m => m.Period == 0);
                var periods = session.Where(m => m.Period > 0).ToList();
                var absentPeriods = periods.Where(m => m.Status != MarkStatus.Late).ToList();
                var taken = periods.Count == 0 ? 0 : registered.GetValueOrDefault((periods[0].ClassId, session.Key.Date, session.Key.Session));
                var status = whole?.Status
                    ?? (absentPeriods.Count > 0 && absentPeriods.Count >= taken
                        ? (absentPeriods.All(m => m.Status == MarkStatus.Excused) ? MarkStatus.Excused : MarkStatus.Unexcused)
                        : periods.Any(m => m.Status == MarkStatus.Late) ? MarkStatus.Late : (MarkStatus?)null);
                switch (status)
                {
                    case MarkStatus.Excused: excused++; break;
                    case MarkStatus.Unexcused: unexcused++; break;
                    case MarkStatus.Late: late++; break;
                }
            }
            totals[student.Key] = new AbsenceTotals(excused, unexcused, late);
        }
        return totals;
    }
}

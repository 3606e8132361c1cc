using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Attendance.Contracts;
using TruongSo.Web.Modules.Attendance.Data;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Time;

namespace TruongSo.Web.Modules.Attendance.Portal;

public sealed record ChildMark(DateOnly Date, string Session, int Period, string Status, bool FromRequest);

public sealed record ChildTotals(string Span, DateOnly From, DateOnly To, int Excused, int Unexcused, int Late, int Sessions);

/// <summary>A child's attendance as the family sees it: the month's marks, totals for the month, the term and the year.</summary>
public sealed record ChildAttendanceView(Guid StudentId, string FullName, string? ClassName, string? SchoolYear, int Year, int Month,
    IReadOnlyList<ChildMark> Marks, IReadOnlyList<ChildTotals> Totals, int MaxSessions);

/// <summary>For the child's own family (IFamilyLinks) only: anyone else gets 404, as for a child that does not exist.</summary>
public sealed class ChildAttendance(AppDbContext db, IFamilyLinks family, ISchoolStructure structure, IAttendanceTotals totals, ClassPeople people, TimeProvider clock)
{
    public async Task<AttendanceOutcome<ChildAttendanceView>> HandleAsync(ClaimsPrincipal user, Guid studentId, int? year, int? month, CancellationToken ct = default)
    {
        var child = AttendanceAccess.UserId(user) is { } userId ? (await family.ChildrenOfAsync(userId, ct)).FirstOrDefault(c => c.StudentId == studentId) : null;
        if (child is null)
        {
            return AttendanceRefusal.NotFound("học sinh này");
        }
        var today = SchoolDay.Today(clock);
        var first = year is { } y && month is >= 1 and <= 12 ? new DateOnly(y, month.Value, 1) : new DateOnly(today.Year, today.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var marks = await db.Set<AttendanceMark>().AsNoTracking().Where(m => m.StudentId == studentId && m.Date >= first && m.Date <= last)
            .OrderBy(m => m.Date).ThenBy(m => m.Session).ThenBy(m => m.Period).ToListAsync(ct);
        var schoolYear = await structure.CurrentYearAsync(child.SchoolId, ct);
        var spans = new List<(string Name, DateOnly From, DateOnly To)> { ("month", first, last) };
        if (schoolYear is { } sy)
        {
            spans.Add(first <= sy.Term1End ? ("hk1", sy.Term1Start, sy.Term1End) : ("hk2", sy.Term2Start, sy.Term2End));
            spans.Add(("year", sy.Term1Start, sy.Term2End));
        }
        var sums = new List<ChildTotals>();
        foreach (var (name, from, to) in spans)
        {
            var t = (await totals.ForStudentsAsync([studentId], from, to, ct)).GetValueOrDefault(studentId) ?? AbsenceTotals.None;
            sums.Add(new ChildTotals(name, from, to, t.Excused, t.Unexcused, t.Late, t.Sessions));
        }
        var className = schoolYear is null ? null : (await people.PlacementAsync(studentId, schoolYear, ct))?.Class.Name;
        return new ChildAttendanceView(studentId, child.FullName, className, schoolYear?.Name, first.Year, first.Month,
            [.. marks.Select(m => new ChildMark(m.Date, Codes.Of(m.Session), m.Period, Codes.Of(m.Status), m.AbsenceRequestId is not null))], sums, 45);
    }
}

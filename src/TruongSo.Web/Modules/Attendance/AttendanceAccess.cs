using System.Security.Claims;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.Teaching.Contracts;

namespace TruongSo.Web.Modules.Attendance;

/// <summary>What one user may do with one class's attendance.</summary>
public sealed record ClassAttendance(ClassRef Class, SchoolYearRef Year, bool Reads, bool IsHomeroom, bool Teaches, bool Manages, bool InSchool)
{
    /// <summary>The GVCN, a teacher assigned to the class, and attendance.manage holders take the register.</summary>
    public bool Marks => IsHomeroom || Teaches || Manages;

    /// <summary>Absence requests are the GVCN's to decide (or the school's, by attendance.manage).</summary>
    public bool Decides => IsHomeroom || Manages;
}

/// <summary>
/// Who may see and take which class's attendance (STYLE habit 8): the school's readers by
/// attendance.view; the GVCN and the class's teachers by their teaching assignments; corrections
/// and other classes by attendance.manage. Staff of the school who do not teach the class may not
/// mark it (403); anyone outside the school does not see it (404, ADR 0003).
/// </summary>
public sealed class AttendanceAccess(IAccessPolicy access, ISchoolStructure structure, ITeachingAssignments assignments, IStaffDirectory staff)
{
    public const string NotTeacherOfClass = "Bạn không dạy lớp này nên không được điểm danh lớp này.";

    public async Task<ClassAttendance?> ForClassAsync(ClaimsPrincipal user, Guid classId, CancellationToken ct = default)
    {
        if (await structure.ClassAsync(classId, ct) is not { } cls || await structure.YearAsync(cls.SchoolYearId, ct) is not { } year)
        {
            return null;
        }
        var mine = await MyAssignmentsAsync(user, classId, ct);
        var homeroom = mine.Any(a => a.IsHomeroom);
        var teaches = mine.Any(a => !a.IsHomeroom);
        var manages = await access.CanAsync(user, Permissions.ManageAttendance, cls.SchoolId, ct);
        var reads = homeroom || teaches || manages || await access.CanAsync(user, Permissions.ViewAttendance, cls.SchoolId, ct);
        var inSchool = reads || await access.CanAsync(user, Permissions.ViewOrganization, cls.SchoolId, ct);
        return inSchool ? new ClassAttendance(cls, year, reads, homeroom, teaches, manages, inSchool) : null;
    }

    /// <summary>Classes of the current year the user is assigned to (homeroom first), for "my classes today".</summary>
    public async Task<IReadOnlyList<(ClassRef Class, bool IsHomeroom)>> MyClassesAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (UserId(user) is not { } userId)
        {
            return [];
        }
        var result = new List<(ClassRef, bool)>();
        foreach (var member in await staff.ByUserAsync(userId, ct))
        {
            if (await structure.CurrentYearAsync(member.SchoolId, ct) is not { } year)
            {
                continue;
            }
            var mine = (await assignments.ForYearAsync(year.Id, ct)).Where(a => a.StaffId == member.Id).ToList();
            var classes = await structure.ClassesAsync([.. mine.Select(a => a.ClassId).Distinct()], ct);
            result.AddRange(classes.Select(c => (c, mine.Any(a => a.ClassId == c.Id && a.IsHomeroom))));
        }
        return [.. result.OrderByDescending(c => c.Item2).ThenBy(c => c.Item1.Grade).ThenBy(c => c.Item1.Name, StringComparer.Ordinal)];
    }

    /// <summary>Schools whose attendance the user reads as a whole (principal, attendance.view).</summary>
    public async Task<IReadOnlyList<Guid>> SchoolsAsync(ClaimsPrincipal user, CancellationToken ct = default) =>
        [.. (await access.GrantsAsync(user, ct)).Where(g => g.Unit.Kind == OrgUnitKind.School && Permissions.RoleHas(g.Role, Permissions.ViewAttendance))
            .Select(g => g.Unit.Id).Distinct()];

    public Task<bool> ReadsSchoolAsync(ClaimsPrincipal user, Guid schoolId, CancellationToken ct = default) =>
        access.CanAsync(user, Permissions.ViewAttendance, schoolId, ct);

    public static Guid? UserId(ClaimsPrincipal user) => Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    private async Task<IReadOnlyList<AssignmentRef>> MyAssignmentsAsync(ClaimsPrincipal user, Guid classId, CancellationToken ct)
    {
        if (UserId(user) is not { } userId)
        {
            return [];
        }
        var staffIds = (await staff.ByUserAsync(userId, ct)).Select(s => s.Id).ToHashSet();
        return staffIds.Count == 0 ? [] : [.. (await assignments.ForClassAsync(classId, ct)).Where(a => staffIds.Contains(a.StaffId))];
    }
}

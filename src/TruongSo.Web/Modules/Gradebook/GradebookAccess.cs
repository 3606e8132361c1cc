using System.Security.Claims;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.Teaching.Contracts;

namespace TruongSo.Web.Modules.Gradebook;

/// <summary>What one user may do with one class's sổ điểm.</summary>
public sealed record ClassGradebook(ClassRef Class, SchoolYearRef Year, bool SeesWholeClass, bool IsHomeroom, bool CanLock,
    IReadOnlyList<(Guid SubjectId, int Term)> Teaches)
{
    /// <summary>A subject teacher reads their own subjects; the GVCN, the school and the Sở read every one.</summary>
    public bool CanRead(Guid subjectId) => SeesWholeClass || Teaches.Any(t => t.SubjectId == subjectId);

    /// <summary>Only the teacher assigned to class × subject × term writes its marks (TT22 Điều 19).</summary>
    public bool CanWrite(Guid subjectId, int term) => Teaches.Contains((subjectId, term));
}

/// <summary>
/// Who may see and change which sổ điểm: the one place every Gradebook read and write asks
/// (STYLE habit 8). The principal, clerk, Sở and Bộ read by their grant (gradebook.view over the
/// school); the GVCN reads the whole class and writes its conduct and results; a subject teacher
/// reads and writes only the class × subject × term assigned to them. A class the user may not
/// read does not exist for them (404, ADR 0003).
/// </summary>
public sealed class GradebookAccess(IAccessPolicy access, ISchoolStructure structure, ITeachingAssignments assignments, IStaffDirectory staff)
{
    public async Task<ClassGradebook?> ForClassAsync(ClaimsPrincipal user, Guid classId, CancellationToken ct = default)
    {
        if (await structure.ClassAsync(classId, ct) is not { } cls || await structure.YearAsync(cls.SchoolYearId, ct) is not { } year)
        {
            return null;
        }
        var readsSchool = await access.CanAsync(user, Permissions.ViewGradebook, cls.SchoolId, ct);
        var canLock = await access.CanAsync(user, Permissions.LockGradebook, cls.SchoolId, ct);
        var mine = await MyAssignmentsAsync(user, classId, ct);
        var homeroom = mine.Any(a => a.IsHomeroom);
        var teaches = mine.Where(a => a is { IsHomeroom: false, SubjectId: not null }).Select(a => (a.SubjectId!.Value, a.Term)).Distinct().ToList();
        if (!readsSchool && !homeroom && teaches.Count == 0)
        {
            return null;
        }
        return new ClassGradebook(cls, year, readsSchool || homeroom, homeroom, canLock, teaches);
    }

    /// <summary>May the user lock terms and decide unlock requests at this school.</summary>
    public Task<bool> CanLockAsync(ClaimsPrincipal user, Guid schoolId, CancellationToken ct = default) =>
        access.CanAsync(user, Permissions.LockGradebook, schoolId, ct);

    public Task<bool> CanReadSchoolAsync(ClaimsPrincipal user, Guid schoolId, CancellationToken ct = default) =>
        access.CanAsync(user, Permissions.ViewGradebook, schoolId, ct);

    private async Task<IReadOnlyList<AssignmentRef>> MyAssignmentsAsync(ClaimsPrincipal user, Guid classId, CancellationToken ct)
    {
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return [];
        }
        var staffIds = (await staff.ByUserAsync(userId, ct)).Select(s => s.Id).ToHashSet();
        return staffIds.Count == 0 ? [] : [.. (await assignments.ForClassAsync(classId, ct)).Where(a => staffIds.Contains(a.StaffId))];
    }
}

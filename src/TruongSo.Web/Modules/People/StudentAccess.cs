using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People;

/// <summary>
/// Who may see and change which students and guardians: the one place every People read and
/// write asks (STYLE habit 8). A student is visible when
/// (1) the school holding the profile is in the user's ViewStudents scope (a school sees its own,
///     a Sở its province, the Bộ everything), or
/// (2) a school where the student studied before is (the sending school keeps its past, read-only), or
/// (3) the student sits now (an open placement) in a class the user teaches (IAccessPolicy.ClassIdsAsync).
/// A change needs ManageStudents on the school holding the profile now. Out of scope answers
/// "not found", so ids of other schools' students cannot be probed (ADR 0003).
/// </summary>
public sealed class StudentAccess(AppDbContext db, IAccessPolicy access, IOrgDirectory org)
{
    public const string MovedAway = "Học sinh đã chuyển đi; hồ sơ ở trường cũ chỉ để xem.";

    public async Task<IQueryable<Student>> VisibleAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var scope = await access.ScopeAsync(user, Permissions.ViewStudents, ct);
        var classIds = (await access.ClassIdsAsync(user, ct)).ToArray();
        var students = db.Set<Student>().AsNoTracking();
        if (scope.Everything)
        {
            return students;
        }
        if (scope.IsEmpty && classIds.Length == 0)
        {
            return students.Where(s => false);
        }
        var units = org.UnitIdsIn(scope);
        var enrolments = db.Set<Enrolment>();
        var placements = db.Set<ClassPlacement>();
        return students.Where(s => units.Contains(s.SchoolId)
            || enrolments.Any(e => e.StudentId == s.Id && units.Contains(e.SchoolId))
            || placements.Any(p => p.StudentId == s.Id && p.To == null && classIds.Contains(p.ClassId)));
    }

    public async Task<bool> CanSeeAsync(ClaimsPrincipal user, Guid studentId, CancellationToken ct = default) =>
        await (await VisibleAsync(user, ct)).AnyAsync(s => s.Id == studentId, ct);

    /// <summary>Guardians linked to at least one student the user may see.</summary>
    public async Task<IQueryable<Guardian>> VisibleGuardiansAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var students = (await VisibleAsync(user, ct)).Select(s => s.Id);
        var links = db.Set<StudentGuardian>();
        return db.Set<Guardian>().AsNoTracking().Where(g => links.Any(l => l.GuardianId == g.Id && students.Contains(l.StudentId)));
    }

    /// <summary>The student, tracked with their stays and placements, for a change: 404 when unseen, 403 when read-only.</summary>
    public async Task<Outcome<Student>> ForChangeAsync(ClaimsPrincipal user, Guid studentId, CancellationToken ct = default)
    {
        if (!await CanSeeAsync(user, studentId, ct))
        {
            return Refusal.NotFound("học sinh này");
        }
        var student = await db.Set<Student>().Include(s => s.Enrolments).Include(s => s.Placements)
            .AsSplitQuery().SingleAsync(s => s.Id == studentId, ct);
        return await WriteRefusalAsync(user, student, ct) is { } refused ? refused : student;
    }

    /// <summary>Null when the user may change the student; else why not (the sending school gets its own words).</summary>
    public async Task<Refusal?> WriteRefusalAsync(ClaimsPrincipal user, Student student, CancellationToken ct = default)
    {
        if (await access.CanAsync(user, Permissions.ManageStudents, student.SchoolId, ct))
        {
            return null;
        }
        var formerSchools = await db.Set<Enrolment>().AsNoTracking()
            .Where(e => e.StudentId == student.Id && e.SchoolId != student.SchoolId)
            .Select(e => e.SchoolId).Distinct().ToListAsync(ct);
        foreach (var school in formerSchools)
        {
            if (await access.CanAsync(user, Permissions.ManageStudents, school, ct))
            {
                return Refusal.Forbidden(MovedAway);
            }
        }
        return Refusal.Forbidden("Bạn chỉ được xem hồ sơ học sinh này, không được sửa.");
    }

    /// <summary>For school-wide work (a year's decisions): null when the user manages the school's students, 403 when they only see them, else 404.</summary>
    public async Task<Refusal?> SchoolRefusalAsync(ClaimsPrincipal user, Guid schoolId, string what, CancellationToken ct = default) =>
        await access.CanAsync(user, Permissions.ManageStudents, schoolId, ct) ? null
        : await access.CanAsync(user, Permissions.ViewStudents, schoolId, ct) ? Refusal.Forbidden("Bạn chỉ được xem học sinh của trường này.")
        : Refusal.NotFound(what);

    /// <summary>The schools the user holds a role on that gives this permission (for a page's school picker).</summary>
    public async Task<IReadOnlyList<OrgUnitRef>> SchoolsAsync(ClaimsPrincipal user, string permission, CancellationToken ct = default) =>
        [.. (await access.GrantsAsync(user, ct)).Where(g => g.Unit.Kind == OrgUnitKind.School && Permissions.RoleHas(g.Role, permission))
            .Select(g => g.Unit).DistinctBy(u => u.Id).OrderBy(u => u.Name, StringComparer.Ordinal)];

    public Task<bool> CanManageSchoolAsync(ClaimsPrincipal user, Guid schoolId, CancellationToken ct = default) =>
        access.CanAsync(user, Permissions.ManageStudents, schoolId, ct);
}

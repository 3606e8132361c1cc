using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.Teaching.Contracts;
using TruongSo.Web.Modules.Teaching.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Teaching;

/// <summary>
/// A teacher reaches the classes they teach or lead, in every year they did: assignments are the
/// grant (DESIGN.md, "Identity"). Removing an assignment removes the reach at once.
/// </summary>
internal sealed class ClassScopes(AppDbContext db, IStaffDirectory staff) : IClassScopeProvider, ITeachingAssignments
{
    public async Task<IReadOnlyCollection<Guid>> ClassIdsAsync(Guid userId, CancellationToken ct)
    {
        var staffIds = (await staff.ByUserAsync(userId, ct)).Select(s => s.Id).ToList();
        if (staffIds.Count == 0)
        {
            return [];
        }
        return await db.Set<TeachingAssignment>().Where(a => staffIds.Contains(a.StaffId)).Select(a => a.ClassId).Distinct().ToListAsync(ct);
    }

    public async Task<IReadOnlyList<AssignmentRef>> ForClassAsync(Guid classId, CancellationToken ct = default) =>
        await Refs(db.Set<TeachingAssignment>().Where(a => a.ClassId == classId)).ToListAsync(ct);

    public async Task<IReadOnlyList<AssignmentRef>> ForYearAsync(Guid schoolYearId, CancellationToken ct = default) =>
        await Refs(db.Set<TeachingAssignment>().Where(a => a.SchoolYearId == schoolYearId)).ToListAsync(ct);

    private static IQueryable<AssignmentRef> Refs(IQueryable<TeachingAssignment> rows) =>
        rows.AsNoTracking().Select(a => new AssignmentRef(a.Id, a.ClassId, a.SubjectId, a.Term, a.StaffId, a.Kind == AssignmentKind.Homeroom));
}

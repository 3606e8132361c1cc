using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People;

/// <summary>Staff as other modules see them; no permission check here (the caller asks IAccessPolicy).</summary>
internal sealed class StaffDirectory(AppDbContext db) : IStaffDirectory
{
    public async Task<StaffRef?> FindAsync(Guid staffId, CancellationToken ct = default) =>
        await Refs(db.Set<StaffMember>().Where(s => s.Id == staffId)).SingleOrDefaultAsync(ct);

    public async Task<IReadOnlyList<StaffRef>> FindManyAsync(IReadOnlyCollection<Guid> staffIds, CancellationToken ct = default)
    {
        var ids = staffIds.Distinct().ToArray();
        return await Refs(db.Set<StaffMember>().Where(s => ids.Contains(s.Id)).OrderBy(s => s.SortKey).ThenBy(s => s.Id)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<StaffRef>> WorkingAtAsync(Guid schoolId, CancellationToken ct = default) =>
        await Refs(db.Set<StaffMember>().Where(s => s.SchoolId == schoolId && s.Status == StaffStatus.Working)
            .OrderBy(s => s.SortKey).ThenBy(s => s.FullName).ThenBy(s => s.Id)).ToListAsync(ct);

    public async Task<IReadOnlyList<StaffRef>> ByUserAsync(Guid userId, CancellationToken ct = default) =>
        await Refs(db.Set<StaffMember>().Where(s => s.UserId == userId).OrderBy(s => s.SchoolId)).ToListAsync(ct);

    private static IQueryable<StaffRef> Refs(IQueryable<StaffMember> staff) =>
        staff.AsNoTracking().Select(s => new StaffRef(s.Id, s.SchoolId, s.StaffCode, s.FullName, s.UserId, s.Position, s.Status));
}

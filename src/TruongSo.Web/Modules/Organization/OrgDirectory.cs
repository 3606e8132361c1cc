using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Organization;

internal sealed class OrgDirectory(AppDbContext db, IMemoryCache cache) : IOrgDirectory
{
    // Units are looked up on every authorisation check and change rarely; a short cache keeps
    // that off the database without letting a moved school keep a stale province for long.
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(2);

    /// <summary>After a rename or a move, this instance stops answering with the old unit at once.</summary>
    internal static void Forget(IMemoryCache cache, Guid id) => cache.Remove(Key(id));

    private static (string, Guid) Key(Guid id) => ("org", id);

    public async Task<OrgUnitRef?> FindAsync(Guid id, CancellationToken ct = default)
    {
        if (cache.TryGetValue(Key(id), out OrgUnitRef? cached))
        {
            return cached;
        }
        var unit = await db.Set<OrgUnit>().AsNoTracking().Where(u => u.Id == id).Select(u => u.ToRef()).SingleOrDefaultAsync(ct);
        if (unit is not null)
        {
            cache.Set(Key(id), unit, CacheFor);
        }
        return unit;
    }

    public async Task<IReadOnlyList<OrgUnitRef>> FindByCodeAsync(string code, CancellationToken ct = default) =>
        await db.Set<OrgUnit>().AsNoTracking().Where(u => u.Code == code).OrderBy(u => u.Kind).Select(u => u.ToRef()).ToListAsync(ct);

    public IQueryable<Guid> UnitIdsIn(OrgScope scope)
    {
        var units = db.Set<OrgUnit>().AsNoTracking();
        if (!scope.Everything)
        {
            var provinces = scope.ProvinceIds;
            var ids = scope.UnitIds;
            units = units.Where(u => ids.Contains(u.Id) || (u.ProvinceId != null && provinces.Contains(u.ProvinceId.Value)));
        }
        return units.Select(u => u.Id);
    }
}

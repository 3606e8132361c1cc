using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Access.Data;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Access;

/// <summary>
/// Grants are read from the database on each request (not baked into the cookie or token), so a
/// revoked role stops working at once. Scoped: one read per request, however many checks.
/// </summary>
internal sealed class AccessPolicy(AppDbContext db, IOrgDirectory org, IEnumerable<IClassScopeProvider> classScopes) : IAccessPolicy
{
    private IReadOnlyList<Grant>? grants;
    private Guid? grantsFor;
    private IReadOnlyCollection<Guid>? classes;

    public async Task<IReadOnlyList<Grant>> GrantsAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = UserIdOf(user);
        if (userId is null)
        {
            return [];
        }
        if (grants is not null && grantsFor == userId)
        {
            return grants;
        }
        var rows = await db.Set<RoleGrant>().AsNoTracking().Where(g => g.UserId == userId)
            .Select(g => new { g.Role, g.OrgUnitId }).ToListAsync(ct);
        var resolved = new List<Grant>(rows.Count);
        foreach (var row in rows)
        {
            if (await org.FindAsync(row.OrgUnitId, ct) is { } unit)
            {
                resolved.Add(new Grant(row.Role, unit));
            }
        }
        grantsFor = userId;
        return grants = resolved;
    }

    public async Task<bool> CanAsync(ClaimsPrincipal user, string permission, Guid orgUnitId, CancellationToken ct = default)
    {
        var target = await org.FindAsync(orgUnitId, ct);
        if (target is null)
        {
            return false;
        }
        return (await GrantsAsync(user, ct)).Any(g => Permissions.RoleHas(g.Role, permission) && target.IsWithin(g.Unit));
    }

    public async Task<OrgScope> ScopeAsync(ClaimsPrincipal user, string permission, CancellationToken ct = default)
    {
        var relevant = (await GrantsAsync(user, ct)).Where(g => Permissions.RoleHas(g.Role, permission)).ToList();
        if (relevant.Any(g => g.Unit.Kind == OrgUnitKind.Ministry))
        {
            return OrgScope.All;
        }
        var provinces = relevant.Where(g => g.Unit.Kind == OrgUnitKind.Province).Select(g => g.Unit.Id).ToHashSet();
        var units = relevant.Where(g => g.Unit.Kind != OrgUnitKind.Province).Select(g => g.Unit.Id).ToHashSet();
        return provinces.Count == 0 && units.Count == 0 ? OrgScope.None : new OrgScope(false, provinces, units);
    }

    public async Task<IReadOnlyCollection<Guid>> ClassIdsAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (classes is not null && grantsFor == UserIdOf(user))
        {
            return classes;
        }
        if (UserIdOf(user) is not { } userId)
        {
            return [];
        }
        var all = new HashSet<Guid>();
        foreach (var provider in classScopes)
        {
            all.UnionWith(await provider.ClassIdsAsync(userId, ct));
        }
        await GrantsAsync(user, ct); // ties the cache to this user
        return classes = all;
    }

    internal static Guid? UserIdOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}

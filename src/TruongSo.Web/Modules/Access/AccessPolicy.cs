using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Access.Data;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Access;

/// <summary>
/// Grants are read from the database on each request (not baked into the cookie or token), so a
/// revoked role stops working at once. Scoped: one read per request, however many checks. The
/// read is shared, not repeated, when a layout and its page ask at the same moment: a DbContext
/// takes one operation at a time.
/// </summary>
internal sealed class AccessPolicy(AppDbContext db, IOrgDirectory org, IEnumerable<IClassScopeProvider> classScopes) : IAccessPolicy
{
    private Task<IReadOnlyList<Grant>>? grants;
    private Task<IReadOnlyCollection<Guid>>? classes;
    private Guid? cachedFor;

    public Task<IReadOnlyList<Grant>> GrantsAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (UserIdOf(user) is not { } userId)
        {
            return Task.FromResult<IReadOnlyList<Grant>>([]);
        }
        ForUser(userId);
        return grants ??= ReadGrantsAsync(userId, ct);
    }

    private async Task<IReadOnlyList<Grant>> ReadGrantsAsync(Guid userId, CancellationToken ct)
    {
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
        return resolved;
    }

    /// <summary>A scope serves one user; should it meet another (a test, a job), start afresh.</summary>
    private void ForUser(Guid userId)
    {
        if (cachedFor != userId)
        {
            (cachedFor, grants, classes) = (userId, null, null);
        }
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

    public Task<IReadOnlyCollection<Guid>> ClassIdsAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (UserIdOf(user) is not { } userId)
        {
            return Task.FromResult<IReadOnlyCollection<Guid>>([]);
        }
        ForUser(userId);
        return classes ??= ReadClassIdsAsync(userId, ct);
    }

    private async Task<IReadOnlyCollection<Guid>> ReadClassIdsAsync(Guid userId, CancellationToken ct)
    {
        await (grants ??= ReadGrantsAsync(userId, ct)); // one database operation at a time
        var all = new HashSet<Guid>();
        foreach (var provider in classScopes)
        {
            all.UnionWith(await provider.ClassIdsAsync(userId, ct));
        }
        return all;
    }

    internal static Guid? UserIdOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}

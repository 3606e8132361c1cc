using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Organization.ManageSchools;

public sealed record ParentUnit(Guid Id, OrgUnitKind Kind, string Name, string? ProvinceName);

/// <summary>The provinces and commune units a user may put schools under, for the forms' lists.</summary>
public sealed class ParentUnits(AppDbContext db, IAccessPolicy access, IOrgDirectory org)
{
    public async Task<IReadOnlyList<ParentUnit>> ManageableAsync(ClaimsPrincipal user, bool communes = true, CancellationToken ct = default)
    {
        var scope = await access.ScopeAsync(user, Permissions.ManageSchools, ct);
        if (scope.IsEmpty)
        {
            return [];
        }
        var visible = org.UnitIdsIn(scope);
        var units = await (
            from u in db.Set<OrgUnit>().AsNoTracking()
            where visible.Contains(u.Id) && (u.Kind == OrgUnitKind.Province || (communes && u.Kind == OrgUnitKind.Commune))
            from p in db.Set<OrgUnit>().Where(p => p.Id == u.ProvinceId).DefaultIfEmpty()
            select new { u.Id, u.Kind, u.Name, Province = p == null ? null : p.Name, ProvinceSort = p == null ? u.NameSearch : p.NameSearch, u.NameSearch })
            .ToListAsync(ct);
        // Each province first, then its commune units.
        return [.. units.OrderBy(u => u.ProvinceSort, StringComparer.Ordinal).ThenBy(u => u.Kind).ThenBy(u => u.NameSearch, StringComparer.Ordinal)
            .Select(u => new ParentUnit(u.Id, u.Kind, u.Name, u.Province))];
    }
}

using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Errors;
using TruongSo.Web.Platform.Text;
using TruongSo.Web.Platform.Web;

namespace TruongSo.Web.Modules.Organization.ViewOrgUnits;

public sealed record OrgUnitDto(Guid Id, string Kind, string Code, string Name, Guid? ParentId, Guid? ProvinceId);

internal static class OrgUnitEndpoints
{
    public static void MapOrgUnitEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/", ListAsync).WithSummary("Các đơn vị trong phạm vi của người dùng");
        api.MapGet("/{id:guid}", GetAsync).WithSummary("Một đơn vị (404 nếu ngoài phạm vi)");
    }

    private static async Task<IResult> ListAsync(
        [AsParameters] PageQuery page, OrgUnitKind? kind, string? q,
        HttpContext http, IAccessPolicy access, IOrgDirectory org, AppDbContext db, CancellationToken ct)
    {
        if (page.Problem() is { } p)
        {
            return Problems.Validation(p.Field, p.Message);
        }
        var scope = await access.ScopeAsync(http.User, Permissions.ViewOrganization, ct);
        var visible = org.UnitIdsIn(scope);
        var units = db.Set<OrgUnit>().AsNoTracking().Where(u => visible.Contains(u.Id));
        if (kind is { } k)
        {
            units = units.Where(u => u.Kind == k);
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            // "ha noi" finds "Thành phố Hà Nội" (the stored folded name); a code as typed, in any case.
            var folded = VietnameseText.Fold(q);
            var code = q.Trim().ToUpperInvariant();
            units = units.Where(u => u.Code.ToUpper().Contains(code) || u.NameSearch.Contains(folded));
        }
        var result = await units.OrderBy(u => u.Kind).ThenBy(u => u.Code)
            .Select(u => new OrgUnitDto(u.Id, u.Kind.ToString(), u.Code, u.Name, u.ParentId, u.ProvinceId))
            .ToPageAsync(page, ct);
        return Results.Ok(result);
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, IAccessPolicy access, IOrgDirectory org, CancellationToken ct)
    {
        // Out of scope answers as not found, so that ids of other schools cannot be probed.
        if (!await access.CanAsync(http.User, Permissions.ViewOrganization, id, ct) || await org.FindAsync(id, ct) is not { } unit)
        {
            return Problems.NotFound("đơn vị này");
        }
        return Results.Ok(new OrgUnitDto(unit.Id, unit.Kind.ToString(), unit.Code, unit.Name, unit.ParentId, unit.ProvinceId));
    }
}

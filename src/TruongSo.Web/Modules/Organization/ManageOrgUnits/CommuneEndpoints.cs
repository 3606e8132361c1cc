using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.ViewOrgUnits;
using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.Organization.ManageOrgUnits;

public sealed record CreateCommuneRequest(Guid ProvinceId, string Code, string Name);

/// <summary>
/// Commune-level units (xã, phường, đặc khu) under a province. The district level was abolished on
/// 1 July 2025, so schools sit under a province directly or under one of these.
/// </summary>
internal static class CommuneEndpoints
{
    public static RouteGroupBuilder MapCommuneEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/", CreateAsync).WithSummary("Thêm đơn vị cấp xã vào một tỉnh/thành phố");
        return api;
    }

    private static async Task<IResult> CreateAsync(CreateCommuneRequest request, HttpContext http, IAccessPolicy access, CreateOrgUnit handler, CancellationToken ct)
    {
        if ((await access.GateAsync(http.User, Permissions.ManageSchools, request.ProvinceId, ct)).Problem("tỉnh/thành phố này") is { } refused)
        {
            return refused;
        }
        var (unit, errors) = await handler.HandleAsync(new CreateOrgUnitRequest(OrgUnitKind.Commune, request.Code, request.Name, request.ProvinceId), ct);
        if (unit is null)
        {
            // The parent is the request's provinceId.
            return Problems.Validation(errors.ToDictionary(e => e.Key == "parentId" ? "provinceId" : e.Key, e => e.Value));
        }
        return Results.Created($"/api/v1/org-units/{unit.Id}", new OrgUnitDto(unit.Id, unit.Kind.ToString(), unit.Code, unit.Name, unit.ParentId, unit.ProvinceId));
    }
}

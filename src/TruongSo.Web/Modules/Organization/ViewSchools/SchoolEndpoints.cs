using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Platform.Errors;
using TruongSo.Web.Platform.Web;

namespace TruongSo.Web.Modules.Organization.ViewSchools;

internal static class SchoolEndpoints
{
    public static RouteGroupBuilder MapSchoolEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/", ListAsync).WithSummary("Các trường trong phạm vi của người dùng")
            .WithDescription("Trường xem trường mình, Sở xem các trường trong tỉnh, Bộ xem tất cả. Lọc theo provinceId, level; q tìm theo tên (không dấu cũng được) hoặc mã trường.");
        api.MapGet("/{id:guid}", GetAsync).WithSummary("Thông tin một trường (404 nếu ngoài phạm vi)");
        return api;
    }

    private static async Task<IResult> ListAsync([AsParameters] PageQuery page, Guid? provinceId, string? q, SchoolLevel? level,
        HttpContext http, IAccessPolicy access, FindSchools schools, CancellationToken ct)
    {
        if (page.Problem() is { } p)
        {
            return Problems.Validation(p.Field, p.Message);
        }
        var scope = await access.ScopeAsync(http.User, Permissions.ViewOrganization, ct);
        return Results.Ok(await schools.ListAsync(scope, new SchoolFilter(provinceId, q, level), page, ct));
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, IAccessPolicy access, FindSchools schools, CancellationToken ct) =>
        await access.GateAsync(http.User, Permissions.ViewOrganization, id, ct) == Gate.Open && await schools.FindAsync(id, ct) is { } school
            ? Results.Ok(school)
            : Problems.NotFound("trường này");
}

using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Errors;
using TruongSo.Web.Platform.Web;

namespace TruongSo.Web.Modules.People.StaffList;

internal static class StaffEndpoints
{
    public static void MapStaffList(this RouteGroupBuilder staff)
    {
        staff.MapGet("/", async ([AsParameters] PageQuery page, Guid? schoolId, string? position, StaffStatus? status, string? q,
                HttpContext http, FindStaff find, CancellationToken ct) =>
            page.Problem() is { } p ? Problems.Validation(p.Field, p.Message)
                : Results.Ok(await find.HandleAsync(http.User, new StaffFilter(schoolId, position, status, q), page, ct)))
            .WithSummary("Danh sách cán bộ, giáo viên, nhân viên trong phạm vi của bạn, xếp theo thứ tự tiếng Việt");
        staff.MapGet("/{id:guid}", async (Guid id, HttpContext http, FindStaff find, CancellationToken ct) =>
                await find.FindAsync(http.User, id, ct) is { } s ? Results.Ok(s) : Problems.NotFound("cán bộ này"))
            .WithSummary("Hồ sơ một cán bộ (404 nếu ngoài phạm vi)");
    }
}

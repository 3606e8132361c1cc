namespace TruongSo.Web.Modules.People.CreateStaffAccount;

internal static class CreateStaffAccountEndpoint
{
    public static void MapCreateStaffAccount(this RouteGroupBuilder staff) =>
        staff.MapPost("/{id:guid}/account", async (Guid id, CreateStaffAccountRequest? request, HttpContext http, CreateStaffAccountHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(http.User, id, request ?? new(), ct)).ToResult(a => Results.Created($"/api/v1/users/{a.UserId}", a)))
            .WithSummary("Cấp tài khoản đăng nhập cho cán bộ, với vai trò theo vị trí việc làm; mật khẩu sinh ra chỉ trả về một lần");
}

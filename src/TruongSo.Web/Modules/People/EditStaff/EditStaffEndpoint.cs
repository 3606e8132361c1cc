namespace TruongSo.Web.Modules.People.EditStaff;

public sealed record StaffLeftRequest(string? Reason);

internal static class EditStaffEndpoint
{
    public static void MapEditStaff(this RouteGroupBuilder staff)
    {
        staff.MapPut("/{id:guid}", async (Guid id, EditStaffRequest request, HttpContext http, EditStaffHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(http.User, id, request, ct)).ToResult(Results.Ok))
            .WithSummary("Sửa hồ sơ cán bộ (gửi kèm version; 409 nếu đã bị sửa)");
        staff.MapPost("/{id:guid}/leave", async (Guid id, StaffLeftRequest? request, HttpContext http, EditStaffHandler handler, CancellationToken ct) =>
                (await handler.MarkLeftAsync(http.User, id, request?.Reason, ct)).ToResult(Results.Ok))
            .WithSummary("Ghi nhận cán bộ đã nghỉ việc tại trường");
    }
}

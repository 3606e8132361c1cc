namespace TruongSo.Web.Modules.People.AddStaff;

internal static class AddStaffEndpoint
{
    public static void MapAddStaff(this RouteGroupBuilder staff) =>
        staff.MapPost("/", async (AddStaffRequest request, HttpContext http, AddStaffHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(http.User, request, ct)).ToResult(s => Results.Created($"/api/v1/staff/{s.Id}", s)))
            .WithSummary("Thêm cán bộ, giáo viên, nhân viên (vị trí, trình độ, môn dạy chính, hình thức tuyển dụng)");
}

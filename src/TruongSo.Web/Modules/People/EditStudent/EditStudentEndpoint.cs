namespace TruongSo.Web.Modules.People.EditStudent;

internal static class EditStudentEndpoint
{
    public static void MapEditStudent(this RouteGroupBuilder students) =>
        students.MapPut("/{id:guid}", async (Guid id, EditStudentRequest request, HttpContext http, EditStudentHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(http.User, id, request, ct)).ToResult(Results.Ok))
            .WithSummary("Sửa lý lịch học sinh (mã định danh không đổi; gửi kèm version, 409 nếu hồ sơ đã bị sửa)");
}

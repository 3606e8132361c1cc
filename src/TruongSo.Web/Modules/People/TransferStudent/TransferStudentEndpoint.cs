namespace TruongSo.Web.Modules.People.TransferStudent;

internal static class TransferStudentEndpoint
{
    public static void MapTransferStudent(this RouteGroupBuilder students) =>
        students.MapPost("/{id:guid}/transfer", async (Guid id, TransferStudentRequest request, HttpContext http, TransferStudentHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(http.User, id, request, ct)).ToResult(Results.Ok))
            .WithSummary("Chuyển trường: trường nhận thấy toàn bộ hồ sơ; trường cũ giữ phần quá khứ, chỉ để xem");
}

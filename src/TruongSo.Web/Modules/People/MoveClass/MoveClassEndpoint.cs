namespace TruongSo.Web.Modules.People.MoveClass;

internal static class MoveClassEndpoint
{
    public static void MapMoveClass(this RouteGroupBuilder students) =>
        students.MapPost("/{id:guid}/move", async (Guid id, MoveClassRequest request, HttpContext http, MoveClassHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(http.User, id, request, ct)).ToResult(Results.Ok))
            .WithSummary("Chuyển lớp trong năm học: đóng lớp cũ (giữ lịch sử), mở lớp mới");
}

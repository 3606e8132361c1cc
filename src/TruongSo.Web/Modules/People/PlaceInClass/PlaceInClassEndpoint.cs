namespace TruongSo.Web.Modules.People.PlaceInClass;

internal static class PlaceInClassEndpoint
{
    public static void MapPlaceInClass(this RouteGroupBuilder students) =>
        students.MapPost("/{id:guid}/placements", async (Guid id, PlaceInClassRequest request, HttpContext http, PlaceInClassHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(http.User, id, request, ct)).ToResult(p => Results.Created($"/api/v1/students/{id}", p)))
            .WithSummary("Xếp học sinh vào một lớp của năm học (mỗi năm học chỉ một lớp đang học)");
}

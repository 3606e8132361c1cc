using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.People.ChangePhoto;

internal static class ChangePhotoEndpoints
{
    public static void MapChangePhoto(this RouteGroupBuilder students)
    {
        // The body is the image itself (Content-Type image/jpeg or image/png): no form, so no antiforgery token to carry.
        students.MapPut("/{id:guid}/photo", async (Guid id, HttpRequest request, ChangePhotoHandler handler, CancellationToken ct) =>
                (await handler.SetAsync(request.HttpContext.User, id, request.Body, ct)).ToResult(_ => Results.NoContent()))
            .Accepts<byte[]>("image/jpeg", "image/png")
            .WithSummary("Đặt ảnh học sinh (thân yêu cầu là ảnh JPEG hoặc PNG, tối đa 1 MB)");
        students.MapDelete("/{id:guid}/photo", async (Guid id, HttpContext http, ChangePhotoHandler handler, CancellationToken ct) =>
                (await handler.RemoveAsync(http.User, id, ct)).ToResult(_ => Results.NoContent()))
            .WithSummary("Xoá ảnh học sinh");
        students.MapGet("/{id:guid}/photo", async (Guid id, HttpContext http, ChangePhotoHandler handler, CancellationToken ct) =>
            {
                if (await handler.ReadAsync(http.User, id, ct) is not { } photo)
                {
                    return Problems.NotFound("ảnh của học sinh này");
                }
                http.Response.Headers.CacheControl = "private, no-cache";
                return Results.File(photo.Path, photo.ContentType);
            })
            .WithSummary("Ảnh học sinh (404 nếu không có hoặc ngoài phạm vi)");
    }
}

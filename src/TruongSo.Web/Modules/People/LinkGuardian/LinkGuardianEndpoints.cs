namespace TruongSo.Web.Modules.People.LinkGuardian;

internal static class LinkGuardianEndpoints
{
    public static void MapLinkGuardian(this RouteGroupBuilder students)
    {
        students.MapPost("/{id:guid}/guardians", async (Guid id, AddGuardianRequest request, HttpContext http, AddGuardianHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(http.User, id, request, ct)).ToResult(g => Results.Created($"/api/v1/guardians/{g.GuardianId}", g)))
            .WithSummary("Thêm cha mẹ / người giám hộ (theo số điện thoại: người đã có được dùng lại, kể cả ở trường khác)");
        students.MapPut("/{id:guid}/guardians/{guardianId:guid}", async (Guid id, Guid guardianId, ChangeGuardianLinkRequest request,
                HttpContext http, ChangeGuardianLinkHandler handler, CancellationToken ct) =>
                (await handler.ChangeAsync(http.User, id, guardianId, request, ct)).ToResult(_ => Results.NoContent()))
            .WithSummary("Sửa quan hệ với học sinh, người liên hệ chính");
        students.MapDelete("/{id:guid}/guardians/{guardianId:guid}", async (Guid id, Guid guardianId, HttpContext http, ChangeGuardianLinkHandler handler, CancellationToken ct) =>
                (await handler.RemoveAsync(http.User, id, guardianId, ct)).ToResult(_ => Results.NoContent()))
            .WithSummary("Bỏ liên kết người giám hộ với học sinh (người giám hộ vẫn còn với các con khác)");
    }
}

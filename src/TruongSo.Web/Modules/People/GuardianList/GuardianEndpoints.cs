using TruongSo.Web.Modules.People.EditGuardian;
using TruongSo.Web.Platform.Errors;
using TruongSo.Web.Platform.Web;

namespace TruongSo.Web.Modules.People.GuardianList;

internal static class GuardianEndpoints
{
    public static void MapGuardians(this RouteGroupBuilder guardians)
    {
        guardians.MapGet("/", async ([AsParameters] PageQuery page, Guid? studentId, string? q, HttpContext http, FindGuardians find, CancellationToken ct) =>
                page.Problem() is { } p ? Problems.Validation(p.Field, p.Message) : Results.Ok(await find.HandleAsync(http.User, studentId, q, page, ct)))
            .WithSummary("Cha mẹ, người giám hộ của các học sinh trong phạm vi của bạn (lọc theo studentId; q: họ tên hoặc số điện thoại)");
        guardians.MapGet("/{id:guid}", async (Guid id, HttpContext http, FindGuardians find, CancellationToken ct) =>
                await find.FindAsync(http.User, id, ct) is { } g ? Results.Ok(g) : Problems.NotFound("người giám hộ này"))
            .WithSummary("Một người giám hộ, với các con trong phạm vi của bạn");
        guardians.MapPut("/{id:guid}", async (Guid id, EditGuardianRequest request, HttpContext http, EditGuardianHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(http.User, id, request, ct)).ToResult(Results.Ok))
            .WithSummary("Sửa thông tin người giám hộ (gửi kèm version; 409 nếu đã bị sửa)");
    }
}

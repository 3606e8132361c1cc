using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Errors;
using TruongSo.Web.Platform.Web;

namespace TruongSo.Web.Modules.Access.ViewAuditLog;

public sealed record AuditEntryDto(long Seq, string Chain, DateTime At, string ActorName, string Action,
    string EntityType, string EntityId, string? Before, string? After, string? Reason);

internal static class AuditEndpoints
{
    /// <summary>A school's audit trail for its leaders; the Sở and Bộ read the schools beneath them.</summary>
    public static void MapAuditEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/audit", async ([AsParameters] PageQuery page, Guid schoolId, string? entityType, string? entityId,
            HttpContext http, IAccessPolicy access, AppDbContext db, CancellationToken ct) =>
        {
            if (page.Problem() is { } p)
            {
                return Problems.Validation(p.Field, p.Message);
            }
            if (!await access.CanAsync(http.User, Permissions.ViewAuditLog, schoolId, ct))
            {
                return Problems.NotFound("nhật ký của đơn vị này");
            }
            var chain = AuditLog.ChainOf(schoolId);
            var entries = db.AuditEntries.AsNoTracking().Where(e => e.Chain == chain);
            if (!string.IsNullOrEmpty(entityType))
            {
                entries = entries.Where(e => e.EntityType == entityType);
            }
            if (!string.IsNullOrEmpty(entityId))
            {
                entries = entries.Where(e => e.EntityId == entityId);
            }
            var result = await entries.OrderByDescending(e => e.Seq)
                .Select(e => new AuditEntryDto(e.Seq, e.Chain, e.At, e.ActorName, e.Action, e.EntityType, e.EntityId, e.Before, e.After, e.Reason))
                .ToPageAsync(page, ct);
            return Results.Ok(result);
        }).WithSummary("Nhật ký thay đổi của một trường (mới nhất trước)");
}

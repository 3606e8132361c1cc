using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Access.Data;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Access.ManageUsers;

/// <summary>Grants a role on an org unit; the unit must be of the kind the role belongs to.</summary>
public sealed class GrantRole(AppDbContext db, IOrgDirectory org, AuditLog audit, TimeProvider clock)
{
    public async Task<(string Field, string Message)?> ValidateAsync(string role, Guid orgUnitId, CancellationToken ct = default)
    {
        if (Roles.Find(role) is not { } info)
        {
            return ("role", $"Vai trò '{role}' không tồn tại. Các vai trò: {string.Join(", ", Roles.All.Select(r => r.Code))}.");
        }
        if (await org.FindAsync(orgUnitId, ct) is not { } unit)
        {
            return ("orgUnitId", "Không tìm thấy đơn vị.");
        }
        return unit.Kind == info.GrantedOn ? null
            : ("orgUnitId", $"Vai trò '{info.Name}' chỉ gán được trên đơn vị loại {info.GrantedOn}, không phải {unit.Kind}.");
    }

    /// <summary>Adds the grant and its audit entry to the caller's unit of work, and saves.</summary>
    public async Task AddAsync(Guid userId, string role, Guid orgUnitId, CancellationToken ct = default)
    {
        if (await db.Set<RoleGrant>().AnyAsync(g => g.UserId == userId && g.Role == role && g.OrgUnitId == orgUnitId, ct))
        {
            return;
        }
        var grant = new RoleGrant { UserId = userId, Role = role, OrgUnitId = orgUnitId, GrantedAt = clock.GetUtcNow().UtcDateTime };
        db.Add(grant);
        audit.Record(new AuditChange("user.grant", "User", userId.ToString(), null, new { role, orgUnitId },
            SchoolId: await SchoolOfAsync(orgUnitId, ct)));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The audit chain of a change to a grant: the school's own, else the platform's.</summary>
    public async Task<Guid?> SchoolOfAsync(Guid orgUnitId, CancellationToken ct) =>
        (await org.FindAsync(orgUnitId, ct))?.Kind == OrgUnitKind.School ? orgUnitId : null;
}

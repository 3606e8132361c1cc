using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People;

/// <summary>Staff records: ViewStaff on their school to read, ManageStaff to change; unseen is "not found".</summary>
public sealed class StaffAccess(AppDbContext db, IAccessPolicy access, IOrgDirectory org)
{
    public async Task<IQueryable<StaffMember>> VisibleAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var scope = await access.ScopeAsync(user, Permissions.ViewStaff, ct);
        var staff = db.Set<StaffMember>().AsNoTracking();
        if (scope.Everything)
        {
            return staff;
        }
        var units = org.UnitIdsIn(scope);
        return scope.IsEmpty ? staff.Where(s => false) : staff.Where(s => units.Contains(s.SchoolId));
    }

    public async Task<Outcome<StaffMember>> ForChangeAsync(ClaimsPrincipal user, Guid staffId, CancellationToken ct = default)
    {
        if (!await (await VisibleAsync(user, ct)).AnyAsync(s => s.Id == staffId, ct))
        {
            return Refusal.NotFound("cán bộ này");
        }
        var member = await db.Set<StaffMember>().SingleAsync(s => s.Id == staffId, ct);
        return await CanManageAsync(user, member.SchoolId, ct) ? member : Refusal.Forbidden("Bạn chỉ được xem hồ sơ cán bộ của trường này.");
    }

    public Task<bool> CanManageAsync(ClaimsPrincipal user, Guid schoolId, CancellationToken ct = default) =>
        access.CanAsync(user, Permissions.ManageStaff, schoolId, ct);
}

using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Access.Data;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Access.ManageUsers;

internal sealed class AccountProvisioning(CreateUser createUser, AppDbContext db, AuditLog audit) : IAccountProvisioning
{
    public async Task RevokeAllOnAsync(Guid userId, Guid orgUnitId, string reason, CancellationToken ct = default)
    {
        var grants = await db.Set<RoleGrant>().Where(g => g.UserId == userId && g.OrgUnitId == orgUnitId).ToListAsync(ct);
        if (grants.Count == 0)
        {
            return;
        }
        db.RemoveRange(grants);
        audit.Record(new AuditChange("user.revoke", "User", userId.ToString(), grants.Select(g => new { g.Role, g.OrgUnitId }), null, reason, SchoolId: orgUnitId));
    }

    public async Task<(ProvisionedAccount? Account, Dictionary<string, string[]> Errors)> CreateAsync(AccountRequest r, CancellationToken ct = default)
    {
        var (created, errors) = await createUser.HandleAsync(new CreateUserRequest(r.UserName, r.FullName, r.Password, r.Role, r.OrgUnitId, r.Email, r.PhoneNumber), ct);
        return (created is null ? null : new ProvisionedAccount(created.Id, created.UserName, created.GeneratedPassword), errors);
    }
}

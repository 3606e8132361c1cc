using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Access.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Access.ManageUsers;

internal sealed class FamilyAccountStore(AppDbContext db, UserManager<AppUser> users, GrantRole grants) : IFamilyAccountStore
{
    public async Task<AccountSummary?> FindByUserNameAsync(string userName, CancellationToken ct = default)
    {
        var normalized = users.NormalizeName(userName);
        var user = await db.Users.AsNoTracking().Where(u => u.NormalizedUserName == normalized)
            .Select(u => new { u.Id, u.UserName, u.FullName, Roles = u.Grants.Select(g => g.Role).ToList() }).SingleOrDefaultAsync(ct);
        return user is null ? null : new AccountSummary(user.Id, user.UserName!, user.FullName, [.. user.Roles.Distinct()]);
    }

    public Task GrantAsync(Guid userId, string role, Guid orgUnitId, CancellationToken ct = default) => grants.AddAsync(userId, role, orgUnitId, ct);

    public async Task<Dictionary<string, string[]>> SetPasswordAsync(Guid userId, string password, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return new() { ["password"] = ["Không tìm thấy tài khoản."] };
        }
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, password); // validates, rehashes, new security stamp, saves
        if (!result.Succeeded)
        {
            return new() { ["password"] = [.. result.Errors.Select(e => e.Description)] };
        }
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return [];
    }
}

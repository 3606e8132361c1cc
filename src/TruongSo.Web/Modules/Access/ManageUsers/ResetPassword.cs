using Microsoft.AspNetCore.Identity;
using TruongSo.Web.Modules.Access.Data;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Access.ManageUsers;

/// <summary>An administrator sets a new password (or a generated one) and unlocks the account.</summary>
public sealed class ResetPassword(AppDbContext db, UserManager<AppUser> users, AuditLog audit)
{
    public async Task<(string? Password, IReadOnlyList<IdentityError> Errors)> HandleAsync(AppUser user, string? password, CancellationToken ct = default)
    {
        var chosen = string.IsNullOrEmpty(password) ? CreateUser.NewPassword() : password;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, chosen);
        if (!result.Succeeded)
        {
            return (null, [.. result.Errors]);
        }
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        audit.Record(new AuditChange("user.reset-password", "User", user.Id.ToString(), null, null, "Đặt lại mật khẩu"));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (string.IsNullOrEmpty(password) ? chosen : null, []);
    }
}

using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using TruongSo.Web.Modules.Access.Data;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Access.ManageUsers;

public sealed record CreateUserRequest(string UserName, string FullName, string? Password, string Role, Guid OrgUnitId, string? Email = null, string? PhoneNumber = null);

public sealed record CreatedUser(Guid Id, string UserName, string? GeneratedPassword);

/// <summary>Creates an account with its first role grant, in one transaction with its audit entry.</summary>
public sealed class CreateUser(AppDbContext db, UserManager<AppUser> users, GrantRole grants, AuditLog audit, TimeProvider clock)
{
    public async Task<(CreatedUser? User, Dictionary<string, string[]> Errors)> HandleAsync(CreateUserRequest request, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.FullName) || request.FullName.Trim().Length > 200)
        {
            errors["fullName"] = ["Họ và tên phải có từ 1 đến 200 ký tự."];
        }
        if (await grants.ValidateAsync(request.Role, request.OrgUnitId, ct) is { } grantError)
        {
            errors[grantError.Field] = [grantError.Message];
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        var generated = string.IsNullOrEmpty(request.Password) ? NewPassword() : null;
        var user = new AppUser
        {
            UserName = request.UserName.Trim(),
            FullName = request.FullName.Trim(),
            Email = request.Email,
            PhoneNumber = request.PhoneNumber,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, request.Password is { Length: > 0 } p ? p : generated!);
        if (!created.Succeeded)
        {
            foreach (var e in created.Errors)
            {
                var field = e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "userName";
                errors[field] = [.. errors.GetValueOrDefault(field, []), e.Description];
            }
            return (null, errors);
        }
        audit.Record(new AuditChange("user.create", "User", user.Id.ToString(), null,
            new { user.UserName, user.FullName }, SchoolId: await grants.SchoolOfAsync(request.OrgUnitId, ct)));
        await grants.AddAsync(user.Id, request.Role, request.OrgUnitId, ct);
        await tx.CommitAsync(ct);
        return (new CreatedUser(user.Id, user.UserName, generated), errors);
    }

    /// <summary>12 characters from an alphabet without look-alikes (0/O, 1/l), with a digit.</summary>
    internal static string NewPassword()
    {
        const string letters = "abcdefghjkmnpqrstuvwxyz";
        const string digits = "23456789";
        var chars = RandomNumberGenerator.GetItems<char>(letters + digits, 10);
        return new string(chars) + RandomNumberGenerator.GetItems<char>(digits, 1)[0] + RandomNumberGenerator.GetItems<char>(letters, 1)[0];
    }
}

using System.Security.Claims;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Rules;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Text;

namespace TruongSo.Web.Modules.People.CreateStaffAccount;

/// <param name="UserName">Optional; else one is made from the name ("Nguyễn Văn An" → annv, annv2, ...).</param>
/// <param name="Password">Optional; else one is generated and returned once.</param>
public sealed record CreateStaffAccountRequest(string? UserName = null, string? Password = null);

/// <param name="Password">The generated password, shown this once and never stored in clear.</param>
public sealed record StaffAccount(Guid UserId, string UserName, string Role, string? Password);

/// <summary>
/// Cấp tài khoản đăng nhập cho cán bộ: an account with the role of their position at their school,
/// opened by Access (IAccountProvisioning), then linked to the staff record.
/// </summary>
public sealed class CreateStaffAccountHandler(AppDbContext db, StaffAccess staff, IAccessPolicy access, IAccountProvisioning accounts, AuditLog audit)
{
    public async Task<Outcome<StaffAccount>> HandleAsync(ClaimsPrincipal user, Guid staffId, CreateStaffAccountRequest request, CancellationToken ct = default)
    {
        var (member, refused) = await staff.ForChangeAsync(user, staffId, ct);
        if (refused is not null)
        {
            return refused;
        }
        if (!await access.CanAsync(user, Permissions.ManageUsers, member!.SchoolId, ct))
        {
            return Refusal.Forbidden("Cấp tài khoản cần quyền quản lý người dùng của trường (văn thư, quản trị).");
        }
        if (member.UserId is not null || member.Status == StaffStatus.Left)
        {
            return Refusal.Conflict(member.UserId is not null ? "Cán bộ này đã có tài khoản đăng nhập." : "Cán bộ này đã nghỉ việc.");
        }
        if (StaffCodes.RoleFor(member.Position) is not { } role)
        {
            return Refusal.Invalid("position", $"Vị trí {StaffCodes.Name(StaffCodes.Positions, member.Position)} không có vai trò đăng nhập; hãy đổi vị trí việc làm trước.");
        }
        var chosen = string.IsNullOrWhiteSpace(request.UserName) ? null : request.UserName.Trim();
        var attempts = chosen is null ? Suggestions(member.FullName) : [chosen];
        Dictionary<string, string[]> errors = [];
        foreach (var userName in attempts)
        {
            var (created, problems) = await accounts.CreateAsync(
                new AccountRequest(userName, member.FullName, request.Password, role, member.SchoolId, member.Email, member.Phone), ct);
            if (created is null)
            {
                errors = problems;
                if (chosen is null && problems.Count == 1 && problems.ContainsKey("userName"))
                {
                    continue; // taken: try the next suggestion
                }
                break;
            }
            // The account is committed by Access's handler; the link is a second, small transaction.
            member.UserId = created.Id;
            member.Version = Guid.NewGuid();
            audit.Record(new AuditChange("staff.account", "StaffMember", member.Id.ToString(), null,
                new { created.Id, created.UserName, role }, SchoolId: member.SchoolId));
            await db.SaveChangesAsync(ct);
            return new StaffAccount(created.Id, created.UserName, role, created.GeneratedPassword);
        }
        return Refusal.Invalid(errors.ToDictionary(e => e.Key, e => string.Join(" ", e.Value)));
    }

    /// <summary>Given name and the initials of the rest, as schools name accounts: annv, annv2, annv3...</summary>
    public static IEnumerable<string> Suggestions(string fullName)
    {
        var words = VietnameseText.Fold(fullName).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Where(char.IsAsciiLetterOrDigit)])).Where(w => w.Length > 0).ToArray();
        var stem = words.Length == 0 ? "canbo" : words[^1] + string.Concat(words[..^1].Select(w => w[0]));
        yield return stem;
        for (var n = 2; n <= 50; n++)
        {
            yield return $"{stem}{n}";
        }
    }
}

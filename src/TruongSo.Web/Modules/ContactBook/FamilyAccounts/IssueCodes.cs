using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.ContactBook.FamilyAccounts.Data;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.ContactBook.FamilyAccounts;

/// <param name="GuardianIds">Those guardians of the class (a new code even if activated: a forgotten password); else every guardian of the class not yet activated.</param>
public sealed record IssueCodesRequest(Guid ClassId, IReadOnlyList<Guid>? GuardianIds = null);

/// <param name="Code">Shown this once, to be printed and handed over; only its hash is kept.</param>
public sealed record IssuedCode(Guid GuardianId, string FullName, string Phone, IReadOnlyList<string> Children, string Code, DateTime ExpiresAt, bool AccountCreated);

public sealed record GuardianProblem(Guid GuardianId, string FullName, string Message);

public sealed record IssuedCodes(Guid ClassId, string ClassName, IReadOnlyList<IssuedCode> Codes, IReadOnlyList<GuardianProblem> Problems);

/// <summary>
/// Cấp tài khoản phụ huynh: for each chosen guardian of the class, an account named by their phone
/// (one per phone across all schools: a second school reuses it and adds its own Parent grant), and a
/// fresh one-time code that replaces any earlier one.
/// </summary>
public sealed class IssueCodes(ClassFamilyAccounts accounts, IGuardianAccounts guardians, IAccountProvisioning provisioning,
    IFamilyAccountStore store, AppDbContext db, AuditLog audit, TimeProvider clock, IOptions<FamilyAccountsOptions> options)
{
    public async Task<(IssuedCodes? Issued, Refused? Refused)> HandleAsync(ClaimsPrincipal user, IssueCodesRequest request, CancellationToken ct = default)
    {
        var (view, refused) = await accounts.HandleAsync(user, request.ClassId, ct);
        if (view is null)
        {
            return (null, refused);
        }
        var chosen = request.GuardianIds is { Count: > 0 } ids
            ? view.Guardians.Where(g => ids.Contains(g.GuardianId)).ToList()
            : view.Guardians.Where(g => g.State != AccountState.Activated).ToList();
        if (request.GuardianIds is { Count: > 0 } asked && asked.Except(chosen.Select(g => g.GuardianId)).Any())
        {
            return (null, Refused.Invalid("guardianIds", "Có người giám hộ không thuộc lớp này."));
        }
        var problems = new List<GuardianProblem>();
        var ready = new List<(FamilyAccountRow Row, Guid UserId, bool Created)>();
        foreach (var row in chosen)
        {
            var (userId, created, problem) = await EnsureAccountAsync(row, view.SchoolId, ct);
            if (userId is { } id)
            {
                ready.Add((row, id, created));
            }
            else
            {
                problems.Add(new GuardianProblem(row.GuardianId, row.FullName, problem!));
            }
        }
        var issued = await IssueAsync(ready, view.SchoolId, Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var by) ? by : null, ct);
        return (new IssuedCodes(view.ClassId, view.ClassName, issued, problems), null);
    }

    /// <summary>Each account is committed by Access on its own (as staff accounts are); linking and codes follow in one transaction.</summary>
    private async Task<(Guid? UserId, bool Created, string? Problem)> EnsureAccountAsync(FamilyAccountRow row, Guid schoolId, CancellationToken ct)
    {
        var guardian = await guardians.FindAsync(row.GuardianId, ct);
        if (guardian?.UserId is { } linked)
        {
            await store.GrantAsync(linked, Roles.Parent, schoolId, ct); // the second school of the same parent
            return (linked, false, null);
        }
        if (PhoneNumbers.Normalize(row.Phone) is not { } phone)
        {
            return (null, false, "Số điện thoại trong hồ sơ không hợp lệ; hãy sửa hồ sơ người giám hộ trước.");
        }
        if (await store.FindByUserNameAsync(phone, ct) is { } existing)
        {
            if (existing.Roles.Any(r => r != Roles.Parent))
            {
                return (null, false, $"Tên đăng nhập {phone} đã thuộc một tài khoản khác (không phải phụ huynh); hãy liên hệ quản trị hệ thống.");
            }
            await store.GrantAsync(existing.Id, Roles.Parent, schoolId, ct); // made earlier, link not saved: reuse it
            return (existing.Id, false, null);
        }
        var (account, errors) = await provisioning.CreateAsync(new AccountRequest(phone, row.FullName, null, Roles.Parent, schoolId, PhoneNumber: phone), ct);
        return account is null ? (null, false, string.Join(" ", errors.SelectMany(e => e.Value))) : (account.Id, true, null);
    }

    private async Task<List<IssuedCode>> IssueAsync(List<(FamilyAccountRow Row, Guid UserId, bool Created)> ready, Guid schoolId, Guid? issuedBy, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now.AddDays(options.Value.CodeLifetimeDays);
        var userIds = ready.Select(r => r.UserId).ToArray();
        var live = await db.Set<ActivationCode>().Where(c => userIds.Contains(c.UserId) && c.UsedAt == null && c.RevokedAt == null).ToListAsync(ct);
        live.ForEach(c => c.RevokedAt = now); // a new code replaces the old one
        var issued = new List<IssuedCode>();
        foreach (var (row, userId, created) in ready)
        {
            if ((await guardians.FindAsync(row.GuardianId, ct))?.UserId is null)
            {
                await guardians.LinkAccountAsync(row.GuardianId, userId, ct);
            }
            var code = ActivationCodes.New();
            var entry = new ActivationCode
            {
                UserId = userId, GuardianId = row.GuardianId, SchoolId = schoolId, CodeHash = ActivationCodes.Hash(code),
                IssuedAt = now, IssuedBy = issuedBy, ExpiresAt = expires,
            };
            db.Add(entry);
            audit.Record(new AuditChange(created ? "family-account.create" : "family-account.code", "Guardian", row.GuardianId.ToString(), null,
                new { UserId = userId, UserName = row.Phone, CodeId = entry.Id, entry.ExpiresAt, Replaced = live.Count(c => c.UserId == userId) },
                created ? "Tạo tài khoản phụ huynh và cấp mã kích hoạt" : "Cấp mã kích hoạt mới", schoolId));
            issued.Add(new IssuedCode(row.GuardianId, row.FullName, row.Phone, row.Children, code, expires, created));
        }
        await db.SaveChangesAsync(ct);
        return issued;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.ContactBook.FamilyAccounts.Data;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.ContactBook.FamilyAccounts;

public sealed record ActivateRequest(string? Phone, string? Code, string? Password, string? ConfirmPassword);

public sealed record Activated(string UserName);

/// <summary>
/// Kích hoạt tài khoản: the parent proves they hold the code the school handed over and chooses a
/// password; from then on they sign in with phone + password. Wrong codes count against the phone
/// (and burn the code after too many); a used, replaced or expired code is named as such only to
/// someone who typed it correctly, so nothing is learnt by guessing.
/// </summary>
public sealed class ActivateAccount(IFamilyAccountStore store, AppDbContext db, AuditLog audit, TimeProvider clock,
    ActivationThrottle throttle, IOptions<FamilyAccountsOptions> options, ILogger<ActivateAccount> log)
{
    public const string WrongCode = "Mã kích hoạt không đúng. Hãy kiểm tra lại số điện thoại và mã trên phiếu nhà trường đưa.";

    public async Task<(Activated? Done, Refused? Refused)> HandleAsync(ActivateRequest request, CancellationToken ct = default)
    {
        if (PhoneNumbers.Normalize(request.Phone) is not { } phone)
        {
            return (null, Refused.Invalid("phone", "Số điện thoại phải gồm 10 chữ số, bắt đầu bằng 0."));
        }
        var typed = ActivationCodes.Normalize(request.Code);
        if (typed.Length == 0)
        {
            return (null, Refused.Invalid("code", "Hãy nhập mã kích hoạt nhà trường đã đưa."));
        }
        if (string.IsNullOrEmpty(request.Password) || request.Password != request.ConfirmPassword)
        {
            return (null, Refused.Invalid("confirmPassword", "Mật khẩu nhập lại không khớp."));
        }
        if (!throttle.TryAttempt(phone))
        {
            log.LogWarning("Activation throttled for a phone number");
            return (null, new Refused(429, "Bạn đã thử quá nhiều lần với số điện thoại này. Hãy đợi 15 phút rồi thử lại.", "code"));
        }
        var account = await store.FindByUserNameAsync(phone, ct);
        var recent = account is null ? [] : await db.Set<ActivationCode>().Where(c => c.UserId == account.Id)
            .OrderByDescending(c => c.IssuedAt).Take(5).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var match = recent.FirstOrDefault(c => ActivationCodes.Matches(typed, c.CodeHash));
        if (recent.Count == 0)
        {
            ActivationCodes.CheckAgainstDecoy(typed);
        }
        if (match is null)
        {
            await CountFailureAsync(recent.FirstOrDefault(c => c.IsLive(now)), now, ct);
            return (null, Refused.Invalid("code", WrongCode));
        }
        if (!match.IsLive(now))
        {
            return (null, Refused.Invalid("code", match.UsedAt is not null
                ? "Mã này đã được dùng để kích hoạt tài khoản. Hãy đăng nhập bằng số điện thoại và mật khẩu đã đặt."
                : match.RevokedAt is not null
                    ? "Mã này không còn hiệu lực (nhà trường đã cấp mã mới, hoặc đã nhập sai quá nhiều lần). Hãy dùng mã mới nhất hoặc xin nhà trường cấp lại."
                    : $"Mã kích hoạt đã hết hạn ngày {match.ExpiresAt.AddHours(7):dd/MM/yyyy}. Hãy xin nhà trường cấp mã mới."));
        }
        return await UseAsync(match, account!, now, request.Password, ct);
    }

    private async Task<(Activated?, Refused?)> UseAsync(ActivationCode code, AccountSummary account, DateTime now, string password, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Single use even when two people post the same code at once: only one update finds it unused.
        var claimed = await db.Set<ActivationCode>().Where(c => c.Id == code.Id && c.UsedAt == null && c.RevokedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.UsedAt, now), ct);
        if (claimed == 0)
        {
            return (null, Refused.Invalid("code", "Mã này vừa được dùng. Hãy đăng nhập bằng số điện thoại và mật khẩu đã đặt."));
        }
        audit.Record(new AuditChange("family-account.activate", "Guardian", code.GuardianId.ToString(), null,
            new { account.Id, account.UserName, CodeId = code.Id }, "Phụ huynh kích hoạt tài khoản bằng mã nhà trường cấp", code.SchoolId));
        var errors = await store.SetPasswordAsync(account.Id, password, ct); // saves the audit entry with the new password
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return (null, Refused.Invalid("password", string.Join(" ", errors.SelectMany(e => e.Value))));
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (new Activated(account.UserName), null);
    }

    private async Task CountFailureAsync(ActivationCode? live, DateTime now, CancellationToken ct)
    {
        if (live is null)
        {
            return;
        }
        live.FailedAttempts++;
        if (live.FailedAttempts >= options.Value.MaxFailedAttempts)
        {
            live.RevokedAt = now;
            log.LogWarning("Activation code {CodeId} burnt after {Attempts} wrong attempts", live.Id, live.FailedAttempts);
        }
        await db.SaveChangesAsync(ct);
    }
}

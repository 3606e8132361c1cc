using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace TruongSo.Web.Modules.ContactBook.FamilyAccounts;

/// <summary>
/// Activation attempts per phone number, whichever client they come from: the per-client limit
/// (the platform's rate limiter) stops one machine; this stops many machines guessing one parent's code.
/// </summary>
public sealed class ActivationThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    public ActivationThrottle(IOptions<FamilyAccountsOptions> options)
    {
        var perPhone = options.Value.AttemptsPerPhonePerQuarterHour;
        limiter = PartitionedRateLimiter.Create<string, string>(phone => RateLimitPartition.GetFixedWindowLimiter(phone, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perPhone,
            Window = TimeSpan.FromMinutes(15),
            QueueLimit = 0,
        }));
    }

    public bool TryAttempt(string phone)
    {
        using var lease = limiter.AttemptAcquire(phone);
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}

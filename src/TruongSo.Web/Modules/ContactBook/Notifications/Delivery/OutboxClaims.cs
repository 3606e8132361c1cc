using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.ContactBook.Notifications.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.ContactBook.Notifications.Delivery;

/// <summary>
/// Claims due messages with a lease: an UPDATE that only succeeds while no live lease is held, so
/// two workers (two app instances) never take the same message, without row locks SQLite lacks.
/// PostgreSQL re-checks the WHERE after waiting on a concurrent update; SQLite has one writer.
/// A worker that dies leaves its lease to expire, and the message is claimed again.
/// </summary>
internal static class OutboxClaims
{
    public static async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(AppDbContext db, DateTime now, NotificationOptions options, CancellationToken ct)
    {
        var due = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(o => o.State == OutboxState.Pending && o.NextAttemptAt <= now && (o.LeaseUntil == null || o.LeaseUntil < now))
            .OrderBy(o => o.NextAttemptAt).Select(o => o.Id).Take(options.BatchSize).ToListAsync(ct);
        if (due.Count == 0)
        {
            return [];
        }
        var token = Guid.NewGuid();
        var until = now + options.Lease;
        await db.Set<OutboxMessage>()
            .Where(o => due.Contains(o.Id) && o.State == OutboxState.Pending && (o.LeaseUntil == null || o.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.LeaseToken, token).SetProperty(o => o.LeaseUntil, until), ct);
        return await db.Set<OutboxMessage>().AsNoTracking().Where(o => due.Contains(o.Id) && o.LeaseToken == token)
            .OrderBy(o => o.NextAttemptAt).ToListAsync(ct);
    }

    /// <summary>Records the outcome, only while the lease is still ours (else another worker has taken over).</summary>
    public static Task<int> SettleAsync(AppDbContext db, OutboxMessage claimed, OutboxState state, int attempts, DateTime next, string? error, DateTime now, CancellationToken ct)
    {
        DateTime? finished = state == OutboxState.Pending ? null : now;
        error = error is { Length: > 1000 } ? error[..1000] : error;
        return db.Set<OutboxMessage>().Where(o => o.Id == claimed.Id && o.LeaseToken == claimed.LeaseToken)
            .ExecuteUpdateAsync(s => s
                .SetProperty(o => o.State, state)
                .SetProperty(o => o.Attempts, attempts)
                .SetProperty(o => o.NextAttemptAt, next)
                .SetProperty(o => o.LastError, error)
                .SetProperty(o => o.FinishedAt, finished)
                .SetProperty(o => o.LeaseToken, (Guid?)null)
                .SetProperty(o => o.LeaseUntil, (DateTime?)null), ct);
    }
}

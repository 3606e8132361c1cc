using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.ContactBook.PortalResults;

/// <summary>A school's version: its audit chain head's seq (all instances) and this process's commits on it (at once).</summary>
public readonly record struct Stamp(long Seq, long Local);

/// <summary>
/// Every change to a school's marks, results, conduct, locks, rosters or family links is audited on
/// that school's chain in the same transaction (ADR 0005), so the chain head is a version row we
/// already have. The heads of all schools are read in one query at most every StampPollMilliseconds,
/// and at once after a commit of this process; between reads a stamp costs no database work.
/// Read the stamp before the data it guards: a change in between only makes the next read miss.
/// </summary>
public sealed class SchoolStamps(IServiceScopeFactory scopes, AuditCommits commits, TimeProvider clock, PortalResultsOptions options) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private Dictionary<string, long> heads = new(StringComparer.Ordinal);
    private long polledAt = long.MinValue;
    private long polledCommits = -1;

    public async ValueTask<Stamp> OfAsync(Guid schoolId, CancellationToken ct)
    {
        var chain = AuditLog.ChainOf(schoolId);
        var local = commits.Generation(chain);
        if (Stale())
        {
            await PollAsync(ct);
        }
        return new Stamp(Volatile.Read(ref heads).GetValueOrDefault(chain), local);
    }

    private bool Stale() =>
        Interlocked.Read(ref polledCommits) != commits.Total
        || Interlocked.Read(ref polledAt) == long.MinValue
        || clock.GetElapsedTime(Interlocked.Read(ref polledAt)).TotalMilliseconds >= options.StampPollMilliseconds;

    private async Task PollAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            if (!Stale())
            {
                return;
            }
            // Taken before the query: a commit during it makes the next stamp poll again.
            var (total, at) = (commits.Total, clock.GetTimestamp());
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var rows = await db.AuditChainHeads.AsNoTracking().Select(h => new { h.Chain, h.Seq }).ToListAsync(ct);
            Volatile.Write(ref heads, rows.ToDictionary(r => r.Chain, r => r.Seq, StringComparer.Ordinal));
            Interlocked.Exchange(ref polledAt, at);
            Interlocked.Exchange(ref polledCommits, total);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}

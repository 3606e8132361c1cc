using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TruongSo.Web.Platform.Audit;

/// <summary>
/// Counts, in this process, the commits that advanced each audit chain, so that caches of what a
/// chain's owner wrote can tell at once that they are stale. Every change that matters is audited
/// in the same transaction (ADR 0005), so "the chain moved" is "something changed". The counter
/// moves when the transaction commits, not when it is saved: a reader that starts after a write's
/// answer sees it. Other processes see the commit through the chain head's seq (docs/adr/0013).
/// </summary>
public sealed class AuditCommits : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> pending = [];
    private readonly ConditionalWeakTable<DbContext, object> eventful = [];
    private readonly ConcurrentDictionary<string, long> generations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> routine = new(StringComparer.Ordinal);
    private long total, changes;

    /// <summary>How many commits of this process advanced the chain (0 if none).</summary>
    public long Generation(string chain) => generations.GetValueOrDefault(chain);

    /// <summary>How many commits of this process advanced any chain.</summary>
    public long Total => Interlocked.Read(ref total);

    /// <summary>
    /// How many commits of this process carried an entry of an action not declared routine: a cache of
    /// what such actions never change (who teaches which class, who sits in it) stays valid while this holds.
    /// </summary>
    public long Changes => Interlocked.Read(ref changes);

    /// <summary>Declares an action that changes only data no cache keyed by <see cref="Changes"/> holds (a save of marks).</summary>
    public void Routine(string action) => routine[action] = true;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
        {
            var added = db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
            if (added.Count > 0)
            {
                lock (pending)
                {
                    pending.GetOrCreateValue(db).UnionWith(added.Select(e => e.Chain));
                    if (added.Any(e => !routine.ContainsKey(e.Action)))
                    {
                        eventful.AddOrUpdate(db, db);
                    }
                }
            }
        }
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        // AppDbContext saves audited changes in a transaction; without one, the save has committed.
        if (eventData.Context is { } db && db.Database.CurrentTransaction is null)
        {
            Publish(db);
        }
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Publish(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Publish(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    private void Publish(DbContext? db)
    {
        if (db is null)
        {
            return;
        }
        string[] chains;
        bool changed;
        lock (pending)
        {
            if (!pending.TryGetValue(db, out var set))
            {
                return;
            }
            chains = [.. set];
            pending.Remove(db);
            changed = eventful.Remove(db);
        }
        foreach (var chain in chains)
        {
            generations.AddOrUpdate(chain, 1, (_, n) => n + 1);
        }
        Interlocked.Increment(ref total);
        if (changed)
        {
            Interlocked.Increment(ref changes);
        }
    }

    private void Forget(DbContext? db)
    {
        if (db is not null)
        {
            lock (pending)
            {
                pending.Remove(db);
                eventful.Remove(db);
            }
        }
    }
}

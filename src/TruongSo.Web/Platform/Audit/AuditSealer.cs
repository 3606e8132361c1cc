using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Platform.Audit;

/// <summary>
/// Links new entries onto their chains, in the transaction that saves them. On SQLite the app does it here,
/// under the one writer's lock. On PostgreSQL the database does it as the transaction commits (migration
/// AuditSealedAtCommit, ADR 0017): sealing here would hold the school's head from the seal's round trip
/// to the commit's, and every other writer of the school would queue behind that.
/// </summary>
internal static class AuditSealer
{
    /// <summary>The chains of the entries about to be saved, in a fixed order: two writers never lock heads crosswise.</summary>
    public static List<string> PendingChains(AppDbContext db) =>
        db.ChangeTracker.Entries<AuditEntry>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity.Chain)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Whether the save needs <see cref="SealAsync"/> in its transaction before the entries are inserted.</summary>
    public static bool SealsHere(AppDbContext db, IReadOnlyCollection<string> chains) => db.Database.IsSqlite() || chains.Count > 1;

    public static async Task SealAsync(AppDbContext db, IReadOnlyList<string> chains, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            // The commit seals in insertion order; with two chains, their heads are taken first in the fixed order.
            foreach (var chain in chains)
            {
                await LockHeadAsync(db, chain, ct);
            }
            return;
        }
        var pending = db.ChangeTracker.Entries<AuditEntry>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity)
            .ToLookup(e => e.Chain);
        foreach (var chain in chains)
        {
            var (seq, hash) = await LockHeadAsync(db, chain, ct);
            foreach (var entry in pending[chain].OrderBy(e => e.At))
            {
                entry.Seq = ++seq;
                entry.PrevHash = hash;
                entry.Hash = hash = AuditHash.Compute(entry);
            }
            MoveHead(db, chain, seq, hash);
        }
    }

    /// <summary>
    /// The head's new seq and hash as a tracked change, so that the save that inserts the entries updates
    /// it in the same batch (one round trip fewer while the head is held).
    /// </summary>
    private static void MoveHead(AppDbContext db, string chain, long seq, string hash)
    {
        var head = db.ChangeTracker.Entries<AuditChainHead>().FirstOrDefault(e => e.Entity.Chain == chain)?.Entity;
        if (head is null)
        {
            head = new AuditChainHead { Chain = chain };
            db.Attach(head);
        }
        (head.Seq, head.Hash) = (seq, hash);
        db.Entry(head).State = EntityState.Modified;
    }

    /// <summary>
    /// Takes the head's row lock (PostgreSQL) or the write lock (SQLite) and reads it in one statement,
    /// so that concurrent writers queue instead of forking; a new chain's head is created first. One
    /// round trip in the common case: the head is held from here to the commit, so every one counts.
    /// </summary>
    private static async Task<(long Seq, string Hash)> LockHeadAsync(AppDbContext db, string chain, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using (var cmd = PlainCommands.Create(db, "UPDATE audit_chain_heads SET seq = seq WHERE chain = @chain RETURNING seq, hash", ("chain", chain)))
            await using (var reader = await cmd.ExecuteReaderAsync(ct))
            {
                if (await reader.ReadAsync(ct))
                {
                    return (reader.GetInt64(0), reader.GetString(1));
                }
            }
            if (attempt > 0)
            {
                throw new InvalidOperationException($"Không tạo được đầu chuỗi nhật ký {chain}.");
            }
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO audit_chain_heads (chain, seq, hash) VALUES ({chain}, 0, {AuditHash.Genesis}) ON CONFLICT (chain) DO NOTHING", ct);
        }
    }
}

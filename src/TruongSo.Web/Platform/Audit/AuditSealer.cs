using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Platform.Audit;

/// <summary>Links new entries onto their chains; runs inside the transaction that saves them.</summary>
internal static class AuditSealer
{
    public static bool HasPendingEntries(AppDbContext db) =>
        db.ChangeTracker.Entries<AuditEntry>().Any(e => e.State == EntityState.Added);

    public static async Task SealAsync(AppDbContext db, CancellationToken ct)
    {
        var pending = db.ChangeTracker.Entries<AuditEntry>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity)
            .GroupBy(e => e.Chain)
            .OrderBy(g => g.Key, StringComparer.Ordinal); // a fixed order: two writers never lock heads crosswise
        foreach (var chain in pending)
        {
            var (seq, hash) = await LockHeadAsync(db, chain.Key, ct);
            foreach (var entry in chain.OrderBy(e => e.At))
            {
                entry.Seq = ++seq;
                entry.PrevHash = hash;
                entry.Hash = hash = AuditHash.Compute(entry);
            }
            MoveHead(db, chain.Key, seq, hash);
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

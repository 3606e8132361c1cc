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
            await db.Database.ExecuteSqlAsync(
                $"UPDATE audit_chain_heads SET seq = {seq}, hash = {hash} WHERE chain = {chain.Key}", ct);
        }
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
            var head = await db.Database
                .SqlQuery<ChainHead>($"UPDATE audit_chain_heads SET seq = seq WHERE chain = {chain} RETURNING seq AS \"Seq\", hash AS \"Hash\"")
                .ToListAsync(ct);
            if (head is [var h])
            {
                return (h.Seq, h.Hash);
            }
            if (attempt > 0)
            {
                throw new InvalidOperationException($"Không tạo được đầu chuỗi nhật ký {chain}.");
            }
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO audit_chain_heads (chain, seq, hash) VALUES ({chain}, 0, {AuditHash.Genesis}) ON CONFLICT (chain) DO NOTHING", ct);
        }
    }

    private sealed class ChainHead
    {
        public long Seq { get; set; }
        public string Hash { get; set; } = "";
    }
}

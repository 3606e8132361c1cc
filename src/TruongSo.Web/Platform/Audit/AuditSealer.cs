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
    /// Creates the head if the chain is new, then takes its row lock (PostgreSQL) or the write
    /// lock (SQLite) before reading it, so that concurrent writers queue instead of forking.
    /// </summary>
    private static async Task<(long Seq, string Hash)> LockHeadAsync(AppDbContext db, string chain, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO audit_chain_heads (chain, seq, hash) VALUES ({chain}, 0, {AuditHash.Genesis}) ON CONFLICT (chain) DO NOTHING", ct);
        await db.Database.ExecuteSqlAsync($"UPDATE audit_chain_heads SET seq = seq WHERE chain = {chain}", ct);
        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Chain == chain, ct);
        return (head.Seq, head.Hash);
    }
}

using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Records.Archive.Data;
using TruongSo.Web.Platform.Auth;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Records.Archive;

/// <summary>
/// Appends lines to the register inside the caller's transaction: it locks the chain's head row
/// first (INSERT … ON CONFLICT DO NOTHING, then UPDATE: the row lock on PostgreSQL, the write lock
/// on SQLite), so concurrent issuers queue instead of forking the chain.
/// </summary>
public sealed class RegisterWriter(AppDbContext db, ICurrentActor actor, TimeProvider clock)
{
    public async Task AppendAsync(Guid holderSchoolId, RegisterEvent what, ArchivedDocument document, string? reason, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The register is written inside the caller's transaction.");
        }
        var chain = RegisterHash.ChainOf(holderSchoolId);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO records_register_heads (chain, seq, hash) VALUES ({chain}, 0, {RegisterHash.Genesis}) ON CONFLICT (chain) DO NOTHING", ct);
        await db.Database.ExecuteSqlAsync($"UPDATE records_register_heads SET seq = seq WHERE chain = {chain}", ct);
        var head = await db.Set<RegisterHead>().AsNoTracking().SingleAsync(h => h.Chain == chain, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var entry = new RegisterEntry
        {
            Chain = chain,
            Seq = head.Seq + 1,
            At = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc),
            Event = what,
            DocumentId = document.Id,
            Version = document.Version,
            PdfSha256 = document.PdfSha256,
            XmlSha256 = document.XmlSha256,
            ActorId = actor.UserId,
            ActorName = actor.Name,
            Reason = reason,
            PrevHash = head.Hash,
        };
        entry.Hash = RegisterHash.Compute(entry);
        db.Add(entry);
        await db.Database.ExecuteSqlAsync(
            $"UPDATE records_register_heads SET seq = {entry.Seq}, hash = {entry.Hash} WHERE chain = {chain}", ct);
    }
}

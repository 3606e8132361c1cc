using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Platform.Audit;

public sealed record AuditProblem(string Chain, long Seq, string Message);

public sealed record AuditVerification(int Chains, long Entries, IReadOnlyList<AuditProblem> Problems)
{
    public bool Intact => Problems.Count == 0;
}

/// <summary>
/// Recomputes every chain: an edited entry breaks its own hash, a deleted one leaves a gap in the
/// sequence or a head that no longer matches the newest entry.
/// </summary>
public sealed class AuditVerifier(AppDbContext db)
{
    public async Task<AuditVerification> VerifyAsync(IProgress<long>? progress = null, CancellationToken ct = default)
    {
        var problems = new List<AuditProblem>();
        var heads = await db.AuditChainHeads.AsNoTracking().OrderBy(h => h.Chain).ToListAsync(ct);
        long total = 0;
        foreach (var head in heads)
        {
            long seq = 0;
            var hash = AuditHash.Genesis;
            var entries = db.AuditEntries.AsNoTracking().Where(e => e.Chain == head.Chain).OrderBy(e => e.Seq).AsAsyncEnumerable();
            await foreach (var entry in entries.WithCancellation(ct))
            {
                if (entry.Seq != seq + 1)
                {
                    problems.Add(new(head.Chain, seq + 1, $"Thiếu bản ghi số {seq + 1}..{entry.Seq - 1} (đã bị xoá)."));
                }
                if (entry.PrevHash != hash)
                {
                    problems.Add(new(head.Chain, entry.Seq, "Liên kết tới bản ghi trước không khớp."));
                }
                if (AuditHash.Compute(entry) != entry.Hash)
                {
                    problems.Add(new(head.Chain, entry.Seq, "Nội dung bản ghi đã bị sửa (mã băm không khớp)."));
                }
                seq = entry.Seq;
                hash = entry.Hash;
                if (++total % 10_000 == 0)
                {
                    progress?.Report(total);
                }
            }
            if (seq != head.Seq || hash != head.Hash)
            {
                problems.Add(new(head.Chain, head.Seq, $"Đầu chuỗi ghi số {head.Seq} nhưng bản ghi cuối là số {seq} (bản ghi mới nhất đã bị xoá hoặc sửa)."));
            }
        }
        progress?.Report(total);
        var orphanChains = await db.AuditEntries.AsNoTracking().Select(e => e.Chain).Distinct()
            .Where(c => !db.AuditChainHeads.Any(h => h.Chain == c)).ToListAsync(ct);
        problems.AddRange(orphanChains.Select(c => new AuditProblem(c, 0, "Chuỗi không có bản ghi đầu chuỗi.")));
        return new AuditVerification(heads.Count, total, problems);
    }
}

using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Records.Archive.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Records.Archive;

/// <summary>Recomputes every register chain, as `audit verify` does for the audit log (ADR 0005).</summary>
internal static class RegisterVerifier
{
    /// <returns>The number of lines, and (document, pdf hash, xml hash) of every line, to compare documents with.</returns>
    public static async Task<(long Lines, HashSet<(Guid, string, string)> Recorded)> VerifyAsync(AppDbContext db, List<ArchiveProblem> problems, CancellationToken ct)
    {
        var recorded = new HashSet<(Guid, string, string)>();
        long total = 0;
        var heads = await db.Set<RegisterHead>().AsNoTracking().OrderBy(h => h.Chain).ToListAsync(ct);
        foreach (var head in heads)
        {
            long seq = 0;
            var hash = RegisterHash.Genesis;
            var lines = db.Set<RegisterEntry>().AsNoTracking().Where(e => e.Chain == head.Chain).OrderBy(e => e.Seq).AsAsyncEnumerable();
            await foreach (var line in lines.WithCancellation(ct))
            {
                var subject = $"sổ đăng ký {head.Chain} #{line.Seq}";
                if (line.Seq != seq + 1)
                {
                    problems.Add(new(subject, $"Thiếu dòng số {seq + 1}..{line.Seq - 1} (đã bị xoá)."));
                }
                if (line.PrevHash != hash)
                {
                    problems.Add(new(subject, "Liên kết tới dòng trước không khớp: chuỗi băm bị đứt."));
                }
                if (RegisterHash.Compute(line) != line.Hash)
                {
                    problems.Add(new(subject, "Nội dung dòng đã bị sửa (mã băm không khớp): chuỗi băm bị đứt."));
                }
                (seq, hash) = (line.Seq, line.Hash);
                recorded.Add((line.DocumentId, line.PdfSha256, line.XmlSha256));
                total++;
            }
            if (seq != head.Seq || hash != head.Hash)
            {
                problems.Add(new($"sổ đăng ký {head.Chain}", $"Đầu chuỗi ghi dòng số {head.Seq} nhưng dòng cuối là số {seq} (dòng mới nhất đã bị xoá hoặc sửa)."));
            }
        }
        var orphans = await db.Set<RegisterEntry>().AsNoTracking().Select(e => e.Chain).Distinct()
            .Where(c => !db.Set<RegisterHead>().Any(h => h.Chain == c)).ToListAsync(ct);
        problems.AddRange(orphans.Select(c => new ArchiveProblem($"sổ đăng ký {c}", "Chuỗi không có dòng đầu chuỗi.")));
        return (total, recorded);
    }
}

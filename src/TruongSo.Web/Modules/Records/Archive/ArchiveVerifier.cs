using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Records.Archive.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Records.Archive;

/// <summary>One thing found wrong: <see cref="Subject"/> names the file, document or register line.</summary>
public sealed record ArchiveProblem(string Subject, string Message);

public sealed record ArchiveVerification(long RegisterLines, int Documents, int Files, IReadOnlyList<ArchiveProblem> Problems)
{
    public bool Intact => Problems.Count == 0;
}

/// <summary>
/// `archive verify`: walks every register chain (an edited line breaks its hash, a deleted one
/// leaves a gap or a stale head), re-hashes every file in the blob store (a changed file no longer
/// matches its name), checks that every file a document or signature step names is there, and that
/// each issued document still carries the hashes its register line recorded.
/// </summary>
public sealed class ArchiveVerifier(AppDbContext db, BlobStore blobs)
{
    public async Task<ArchiveVerification> VerifyAsync(CancellationToken ct = default)
    {
        var problems = new List<ArchiveProblem>();
        var (lines, issued) = await RegisterVerifier.VerifyAsync(db, problems, ct);
        var documents = await db.Set<ArchivedDocument>().AsNoTracking().Include(d => d.Signatures).ToListAsync(ct);
        var files = await CheckFilesAsync(problems, ct);
        foreach (var d in documents)
        {
            var named = new[] { d.PdfSha256, d.XmlSha256 }.Concat(d.Signatures.SelectMany(s => new[] { s.PdfSha256, s.XmlSha256 }))
                .OfType<string>().Distinct();
            foreach (var sha in named.Where(sha => !File.Exists(blobs.PathOf(sha))))
            {
                problems.Add(new($"tệp {sha}", $"Thiếu tệp của tài liệu {d.Id} (phiên bản {d.Version}): tệp đã bị xoá."));
            }
            if (d.Status is not (DocumentStatus.Draft or DocumentStatus.Signing) && !issued.Contains((d.Id, d.PdfSha256, d.XmlSha256)))
            {
                problems.Add(new($"tài liệu {d.Id}", "Mã băm của tài liệu đã ban hành khác với sổ đăng ký."));
            }
        }
        return new ArchiveVerification(lines, documents.Count, files, problems);
    }

    private async Task<int> CheckFilesAsync(List<ArchiveProblem> problems, CancellationToken ct)
    {
        if (!Directory.Exists(blobs.Root))
        {
            return 0;
        }
        var count = 0;
        foreach (var path in Directory.EnumerateFiles(blobs.Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (name.Length != 64 || name.EndsWith(".tmp", StringComparison.Ordinal))
            {
                continue;
            }
            count++;
            if (await blobs.CheckAsync(name, ct) == BlobState.Changed)
            {
                problems.Add(new($"tệp {name}", "Nội dung tệp đã bị thay đổi (mã SHA-256 không khớp với tên tệp)."));
            }
        }
        return count;
    }
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Records.Archive.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Records.Archive;

public sealed record ExportedFile(string Path, string Sha256);

public sealed record ArchiveExportResult(int Documents, IReadOnlyList<ExportedFile> Files, IReadOnlyList<ArchiveProblem> Problems);

/// <summary>
/// `records export --out DIR`: the signed PDF and XML of every issued transcript, laid out as
/// {school code}/{year}/{student code}_v{version}_{document id}.pdf|xml, the trust anchors' PEM in
/// trust-anchors/, and manifest.json with every file's SHA-256. A file that fails its hash on read
/// is reported and left out, never written.
/// </summary>
public sealed class ArchiveExport(AppDbContext db, BlobStore blobs, ITrustAnchorFiles anchors)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task<ArchiveExportResult> ExportAsync(string outDir, Guid? schoolId, string? yearName, CancellationToken ct = default)
    {
        var query = db.Set<ArchivedDocument>().AsNoTracking().Where(d => d.Status == DocumentStatus.Issued && d.Kind == DocumentKinds.Transcript);
        query = schoolId is { } s ? query.Where(d => d.SchoolId == s) : query;
        query = yearName is { } y ? query.Where(d => d.SchoolYearName == y) : query;
        var documents = await query.OrderBy(d => d.SchoolCode).ThenBy(d => d.SchoolYearName).ThenBy(d => d.StudentCode).ToListAsync(ct);
        var files = new List<ExportedFile>();
        var problems = new List<ArchiveProblem>();
        foreach (var d in documents)
        {
            var stem = Path.Combine(Safe(d.SchoolCode), Safe(d.SchoolYearName), $"{Safe(d.StudentCode)}_v{d.Version}_{d.Id:D}");
            foreach (var (sha, ext) in new[] { (d.PdfSha256, ".pdf"), (d.XmlSha256, ".xml") })
            {
                try
                {
                    var bytes = await blobs.GetAsync(sha, ct);
                    await WriteAsync(outDir, stem + ext, bytes, ct);
                    files.Add(new(Relative(stem + ext), sha));
                }
                catch (BlobIntegrityException e)
                {
                    problems.Add(new($"tài liệu {d.Id}", e.Message));
                }
            }
        }
        foreach (var anchor in await anchors.ListAsync(ct))
        {
            var path = Path.Combine("trust-anchors", Safe(anchor.Name));
            var bytes = System.Text.Encoding.UTF8.GetBytes(anchor.Pem);
            await WriteAsync(outDir, path, bytes, ct);
            files.Add(new(Relative(path), BlobStore.HashOf(bytes)));
        }
        await WriteAsync(outDir, "manifest.json", JsonSerializer.SerializeToUtf8Bytes(new { format = "truongso-records-export/1", documents = documents.Count, files }, Json), ct);
        return new ArchiveExportResult(documents.Count, files, problems);
    }

    private static async Task WriteAsync(string outDir, string relative, byte[] bytes, CancellationToken ct)
    {
        var path = Path.Combine(outDir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes, ct);
    }

    private static string Relative(string path) => path.Replace('\\', '/');

    private static string Safe(string name) =>
        string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')) is { Length: > 0 } s ? s : "_";
}

using System.IO.Compression;
using System.Text.Json;
using TruongSo.Web.Modules.Records.Archive;
using TruongSo.Web.Modules.Records.Archive.Data;

namespace TruongSo.Web.Modules.Records.Transfer;

/// <summary>A record zip read and checked: the manifest, the bytes of every file by hash, and what was wrong.</summary>
internal sealed record RecordPackage(RecordManifest? Manifest, IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<string> Problems)
{
    public const long MaxBytes = 200L * 1024 * 1024;

    /// <summary>Every file must match the SHA-256 the manifest gives it, and every hash a document names must be a file.</summary>
    public static RecordPackage Read(Stream zipStream)
    {
        var problems = new List<string>();
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        RecordManifest? manifest;
        try
        {
            using var zip = new ZipArchive(zipStream, ZipArchiveMode.Read);
            manifest = zip.GetEntry("manifest.json") is { } entry
                ? JsonSerializer.Deserialize<RecordManifest>(ReadAll(entry), ExportStudentRecord.Json) : null;
            if (manifest is null || manifest.Format != RecordManifest.CurrentFormat || manifest.Documents is null || manifest.Files is null)
            {
                return new(null, files, ["Tệp không phải hồ sơ học bạ xuất từ TruongSo (thiếu manifest.json hoặc sai định dạng)."]);
            }
            foreach (var file in manifest.Files)
            {
                if (zip.GetEntry(file.Path) is not { } part)
                {
                    problems.Add($"Thiếu tệp {file.Path} trong gói hồ sơ.");
                    continue;
                }
                var bytes = ReadAll(part);
                if (BlobStore.HashOf(bytes) != file.Sha256)
                {
                    problems.Add($"Tệp {file.Path} đã bị thay đổi: mã SHA-256 không khớp với manifest.");
                    continue;
                }
                files[file.Sha256] = bytes;
            }
        }
        catch (Exception e) when (e is InvalidDataException or JsonException or NotSupportedException or IOException)
        {
            return new(null, files, ["Tệp không phải tệp zip hợp lệ hoặc đã bị hỏng."]);
        }
        foreach (var d in manifest.Documents)
        {
            if (d.Status is DocumentStatus.Draft or DocumentStatus.Signing)
            {
                problems.Add($"Tài liệu {d.Id} chưa được ban hành nên không thể chuyển.");
            }
            problems.AddRange(ManifestDocumentHashes(d).Where(h => !files.ContainsKey(h) && manifest.Files.All(f => f.Sha256 != h))
                .Select(h => $"Tài liệu {d.Id} (năm học {d.SchoolYear}, phiên bản {d.Version}) thiếu tệp {h}."));
        }
        return new(manifest, files, problems);
    }

    private static IEnumerable<string> ManifestDocumentHashes(ManifestDocument d) => d.Signatures is null ? [d.PdfSha256, d.XmlSha256] : d.Hashes();

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        if (entry.Length > MaxBytes)
        {
            throw new InvalidDataException("entry too large");
        }
        using var stream = entry.Open();
        using var buffer = new MemoryStream((int)entry.Length);
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}

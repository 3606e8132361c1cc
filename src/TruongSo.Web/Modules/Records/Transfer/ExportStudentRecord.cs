using System.IO.Compression;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Records.Archive;
using TruongSo.Web.Modules.Records.Archive.Data;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Records.Transfer;

/// <summary>
/// A student's whole record as one zip: manifest.json and files/{sha256}.pdf|xml for every issued,
/// replaced or revoked document the user's schools hold (records.view over the holding school; a
/// teacher, or another school's staff, finds nothing: 404). Files are verified on read.
/// </summary>
public sealed class ExportStudentRecord(AppDbContext db, RecordsArchive archive, BlobStore blobs, IAccessPolicy access, IOrgDirectory org, AuditLog audit)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public async Task<(byte[] Zip, string FileName)?> HandleAsync(ClaimsPrincipal user, Guid studentId, CancellationToken ct = default)
    {
        var scope = await access.ScopeAsync(user, Permissions.ViewRecords, ct);
        if (scope.IsEmpty)
        {
            return null;
        }
        var units = org.UnitIdsIn(scope);
        var visible = scope.Everything ? null : await db.Set<ArchivedDocument>().AsNoTracking()
            .Where(d => d.StudentId == studentId && units.Contains(d.HolderSchoolId)).Select(d => d.Id).ToListAsync(ct);
        var documents = (await archive.ForStudentAsync(studentId, ct))
            .Where(d => d.IssuedAt is not null && (visible is null || visible.Contains(d.Id))).ToList();
        if (documents.Count == 0)
        {
            return null;
        }
        var newest = documents[^1];
        var files = new List<ManifestFile>();
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var d in documents)
            {
                foreach (var sha in ManifestDocument.Of(d).Hashes().Where(h => files.All(f => f.Sha256 != h)))
                {
                    var bytes = await blobs.GetAsync(sha, ct);
                    var path = $"files/{sha}{(VerifyPdf(bytes) ? ".pdf" : ".xml")}";
                    await WriteAsync(zip, path, bytes, ct);
                    files.Add(new ManifestFile(path, sha, bytes.Length));
                }
            }
            var manifest = new RecordManifest(RecordManifest.CurrentFormat, DateTime.UtcNow, user.Identity?.Name ?? "",
                new ManifestStudent(studentId, newest.StudentCode, newest.StudentName), [.. documents.Select(ManifestDocument.Of)], files);
            await WriteAsync(zip, "manifest.json", JsonSerializer.SerializeToUtf8Bytes(manifest, Json), ct);
        }
        // Reading a student's whole record is itself worth a trace (Decree 13/2023: access to personal data).
        audit.Record(new AuditChange("records.student.export", "Student", studentId.ToString(), null, new { Documents = documents.Count }, null, newest.HolderSchoolId));
        await db.SaveChangesAsync(ct);
        return (buffer.ToArray(), $"hoc-ba-{newest.StudentCode}.zip");
    }

    private static bool VerifyPdf(byte[] bytes) => bytes.AsSpan().StartsWith("%PDF-"u8);

    private static async Task WriteAsync(ZipArchive zip, string path, byte[] bytes, CancellationToken ct)
    {
        await using var entry = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
        await entry.WriteAsync(bytes, ct);
    }
}

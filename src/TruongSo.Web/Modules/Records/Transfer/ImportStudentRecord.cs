using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.Records.Archive;
using TruongSo.Web.Modules.Records.Archive.Data;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Records.Transfer;

public sealed record ImportedDocument(Guid Id, string SchoolYear, int Version, DocumentStatus Status, bool AlreadyInArchive, SignatureCheck Pdf, SignatureCheck Xml);

/// <summary>What the import did; when <see cref="Problems"/> is not empty nothing was written.</summary>
public sealed record ImportReport(bool Written, int Imported, int AlreadyInArchive, IReadOnlyList<ImportedDocument> Documents, IReadOnlyList<string> Problems);

public enum ImportRefusal { NotFound, Forbidden }

/// <summary>
/// The receiving school takes a transferred student's record into its archive: every file's
/// SHA-256 checked against the manifest, every PDF and XML's signatures checked by
/// <see cref="IDocumentSignatureCheck"/>; any problem and nothing is written. Documents keep their
/// ids (the QR codes on the paper copies stay right); one already in this archive is compared and kept.
/// Allowed to whoever keeps the school's records (records.manage or records.seal) for a student
/// who sits in one of the school's classes this year.
/// </summary>
public sealed class ImportStudentRecord(AppDbContext db, BlobStore blobs, RegisterWriter register, AuditLog audit, IAccessPolicy access,
    ISchoolStructure structure, IClassRosters rosters, IDocumentSignatureCheck signatures, TimeProvider clock)
{
    public async Task<(ImportReport? Report, ImportRefusal? Refused)> HandleAsync(ClaimsPrincipal user, Guid schoolId, Guid studentId, Stream zip, CancellationToken ct = default)
    {
        if (!await access.CanAsync(user, Permissions.ManageRecords, schoolId, ct) && !await access.CanAsync(user, Permissions.SealRecords, schoolId, ct))
        {
            return (null, await access.CanAsync(user, Permissions.ViewRecords, schoolId, ct) ? ImportRefusal.Forbidden : ImportRefusal.NotFound);
        }
        if (!await SitsInSchoolAsync(schoolId, studentId, ct))
        {
            return (null, ImportRefusal.NotFound);
        }
        var package = RecordPackage.Read(zip);
        var problems = package.Problems.ToList();
        var checkedDocs = new List<ImportedDocument>();
        foreach (var d in package.Manifest?.Documents ?? [])
        {
            var existing = await db.Set<ArchivedDocument>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == d.Id, ct);
            if (existing is not null && (existing.PdfSha256 != d.PdfSha256 || existing.XmlSha256 != d.XmlSha256))
            {
                problems.Add($"Tài liệu {d.Id} đã có trong kho lưu trữ với nội dung khác.");
            }
            var pdf = package.Files.TryGetValue(d.PdfSha256, out var p) ? await signatures.CheckPdfAsync(p, ct) : SignatureCheck.NotChecked;
            var xml = package.Files.TryGetValue(d.XmlSha256, out var x) ? await signatures.CheckXmlAsync(x, ct) : SignatureCheck.NotChecked;
            problems.AddRange(new[] { (pdf, "PDF"), (xml, "XML") }.Where(c => c.Item1.Status == SignatureCheckStatus.Invalid)
                .Select(c => $"Chữ ký số trên tệp {c.Item2} của tài liệu {d.Id} (năm học {d.SchoolYear}) không hợp lệ: {c.Item1.Summary}"));
            checkedDocs.Add(new ImportedDocument(d.Id, d.SchoolYear, d.Version, d.Status, existing is not null, pdf, xml));
        }
        if (problems.Count > 0)
        {
            return (new ImportReport(false, 0, 0, checkedDocs, problems), null);
        }
        return (await WriteAsync(package, schoolId, studentId, checkedDocs, ct), null);
    }

    private async Task<ImportReport> WriteAsync(RecordPackage package, Guid schoolId, Guid studentId, List<ImportedDocument> checkedDocs, CancellationToken ct)
    {
        foreach (var bytes in package.Files.Values)
        {
            await blobs.PutAsync(bytes, ct);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var fresh = package.Manifest!.Documents.Where(d => !checkedDocs.Single(c => c.Id == d.Id).AlreadyInArchive)
            .Select(d => ImportedRow.From(d, studentId, schoolId, now)).ToList();
        // A move between two schools of the same platform: the documents are already here, held by
        // the sender; the receiving school takes custody (it now answers for them and may correct them).
        var known = package.Manifest.Documents.Select(d => d.Id).ToList();
        var custody = await db.Set<ArchivedDocument>().Where(d => known.Contains(d.Id) && d.HolderSchoolId != schoolId).ToListAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var document in custody)
        {
            var from = document.HolderSchoolId;
            document.HolderSchoolId = schoolId;
            await register.AppendAsync(schoolId, RegisterEvent.Imported, document, "Nhận lưu giữ khi học sinh chuyển đến trường", ct);
            audit.Record(new AuditChange("records.document.custody", "RecordsDocument", document.Id.ToString(), new { HolderSchoolId = from },
                new { HolderSchoolId = schoolId }, "Học sinh chuyển trường", schoolId));
        }
        foreach (var document in fresh)
        {
            db.Add(document);
            await register.AppendAsync(schoolId, RegisterEvent.Imported, document, $"Nhận từ {document.SchoolName} ({document.SchoolCode})", ct);
            audit.Record(new AuditChange("records.document.import", "RecordsDocument", document.Id.ToString(), null,
                new { document.StudentId, document.SchoolCode, document.SchoolYearName, document.Version, document.Status, document.PdfSha256 }, null, schoolId));
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new ImportReport(true, fresh.Count + custody.Count, checkedDocs.Count - fresh.Count - custody.Count, checkedDocs, []);
    }

    /// <summary>The student with this code who sits in one of the school's classes this year, if any: the receiving page's look-up.</summary>
    public async Task<Guid?> SeatedStudentAsync(Guid schoolId, string studentCode, CancellationToken ct = default)
    {
        var code = studentCode.Trim();
        return (await SeatedAsync(schoolId, ct)).FirstOrDefault(r => string.Equals(r.StudentCode, code, StringComparison.OrdinalIgnoreCase))?.StudentId;
    }

    private async Task<bool> SitsInSchoolAsync(Guid schoolId, Guid studentId, CancellationToken ct) =>
        (await SeatedAsync(schoolId, ct)).Any(r => r.StudentId == studentId);

    private async Task<IEnumerable<RosterEntry>> SeatedAsync(Guid schoolId, CancellationToken ct)
    {
        if (await structure.CurrentYearAsync(schoolId, ct) is not { } year)
        {
            return [];
        }
        var classes = (await structure.ClassesAsync(year.Id, ct)).Select(c => c.Id).ToList();
        var seated = await rosters.ForClassesAsync(classes, ct);
        return seated.Values.SelectMany(list => list).Where(r => r.To is null);
    }
}

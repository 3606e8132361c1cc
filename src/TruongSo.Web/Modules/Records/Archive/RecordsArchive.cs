using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Records.Archive.Data;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Auth;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Records.Archive;

/// <summary>
/// The archive's write side, for the signing workflow: create a document, record each signature
/// step, issue, replace with a new version, revoke. Each call is one transaction with its audit
/// entry (and its register line when the document's public standing changes). The caller decides
/// who may act; the archive decides what may change: nothing issued changes in place.
/// </summary>
public sealed partial class RecordsArchive(AppDbContext db, BlobStore blobs, RegisterWriter register, AuditLog audit,
    ISchoolStructure structure, ICurrentActor actor, TimeProvider clock)
{
    public async Task<ArchiveOutcome> CreateAsync(NewDocument input, CancellationToken ct = default)
    {
        if (Missing(input.Pdf, input.Xml) is { } refused)
        {
            return refused;
        }
        if (string.IsNullOrWhiteSpace(input.Kind) || string.IsNullOrWhiteSpace(input.StudentName))
        {
            return ArchiveRefusals.Invalid(string.IsNullOrWhiteSpace(input.Kind) ? "kind" : "studentName", "Thiếu loại tài liệu hoặc họ tên học sinh.");
        }
        var school = await structure.SchoolAsync(input.SchoolId, ct);
        var year = await structure.YearAsync(input.SchoolYearId, ct);
        if (school is null || year is null || year.SchoolId != school.Id)
        {
            return ArchiveRefusals.Invalid("schoolYearId", "Không tìm thấy trường hoặc năm học của tài liệu.");
        }
        if (await db.Set<ArchivedDocument>().AnyAsync(d => d.StudentId == input.StudentId && d.SchoolYearId == year.Id && d.Kind == input.Kind, ct))
        {
            return ArchiveRefusals.Conflict("Học sinh đã có tài liệu này cho năm học này; muốn sửa hãy lập phiên bản mới.");
        }
        var document = new ArchivedDocument
        {
            Id = input.Id ?? Guid.NewGuid(), Kind = input.Kind, StudentId = input.StudentId,
            StudentCode = input.StudentCode, StudentName = input.StudentName.Trim(),
            SchoolId = school.Id, SchoolCode = school.Code, SchoolName = school.Name,
            SchoolYearId = year.Id, SchoolYearName = year.Name, HolderSchoolId = school.Id, Version = 1,
        };
        return await AddNewAsync(document, input.Pdf, input.Xml, ct);
    }

    public async Task<ArchiveOutcome> RecordSignatureAsync(Guid documentId, SignatureStepInput step, CancellationToken ct = default)
    {
        if (await LoadAsync(documentId, ct) is not { } document)
        {
            return ArchiveRefusals.NotFound;
        }
        if (!document.IsOpen)
        {
            return ArchiveRefusals.Closed(document.Status);
        }
        if (StepRefusal(document, step) is { } refused)
        {
            return refused;
        }
        var previousPdf = await blobs.GetAsync(document.PdfSha256, ct);
        if (step.Role != SignatureStepRole.Homeroom && !step.SignedPdf.AsSpan().StartsWith(previousPdf))
        {
            // An incremental update keeps the bytes the earlier signatures cover (PAdES); a rewritten file would break them.
            return ArchiveRefusals.Invalid("signedPdf", "Tệp đã ký không phải là bản ký nối tiếp của tệp trước: các chữ ký trước sẽ mất hiệu lực.");
        }
        var before = new { document.Status, document.PdfSha256, Steps = document.Signatures.Count };
        var pdf = await blobs.PutAsync(step.SignedPdf, ct);
        var xml = step.SignedXml is { Length: > 0 } signedXml ? await blobs.PutAsync(signedXml, ct) : null;
        document.Signatures.Add(new DocumentSignature
        {
            DocumentId = document.Id, Step = (int)step.Role, Role = step.Role, SignerUserId = step.SignerUserId,
            SignerName = step.SignerName, CertificateSubject = step.CertificateSubject, CertificateThumbprint = step.CertificateThumbprint,
            SignedAt = step.SignedAt.UtcDateTime, PdfSha256 = pdf, XmlSha256 = xml,
        });
        document.PdfSha256 = pdf;
        document.XmlSha256 = xml ?? document.XmlSha256;
        document.Status = DocumentStatus.Signing;
        Audit("records.document.sign", document, before, new { document.Status, document.PdfSha256, Step = (int)step.Role, step.CertificateThumbprint }, null);
        return await SaveAsync(document, null, ct);
    }

    private static ArchiveRefusal? StepRefusal(ArchivedDocument document, SignatureStepInput step)
    {
        if (step.SignedPdf is not { Length: > 0 })
        {
            return ArchiveRefusals.Invalid("signedPdf", "Thiếu tệp PDF đã ký.");
        }
        if (string.IsNullOrWhiteSpace(step.CertificateThumbprint))
        {
            return ArchiveRefusals.Invalid("certificateThumbprint", "Thiếu dấu vân tay chứng thư số của người ký.");
        }
        var next = document.Signatures.Count + 1;
        if ((int)step.Role < next)
        {
            return ArchiveRefusals.Conflict($"Tài liệu đã có chữ ký của {ArchiveRefusals.RoleName(step.Role)}; không ký lần thứ hai.");
        }
        return (int)step.Role > next
            ? ArchiveRefusals.Conflict($"Chưa đến lượt ký của {ArchiveRefusals.RoleName(step.Role)}: cần chữ ký của {ArchiveRefusals.RoleName((SignatureStepRole)next)} trước.")
            : null;
    }

    private static ArchiveRefusal? Missing(byte[]? pdf, byte[]? xml) =>
        pdf is not { Length: > 0 } ? ArchiveRefusals.Invalid("pdf", "Thiếu tệp PDF của tài liệu.")
        : xml is not { Length: > 0 } ? ArchiveRefusals.Invalid("xml", "Thiếu tệp XML của tài liệu.")
        : null;
}

using TruongSo.Web.Modules.Records.Archive.Data;

namespace TruongSo.Web.Modules.Records.Transfer;

/// <summary>A transferred document as the receiving archive keeps it: the sender's snapshot, held by the receiving school.</summary>
internal static class ImportedRow
{
    public static ArchivedDocument From(ManifestDocument d, Guid studentId, Guid holderSchoolId, DateTime now)
    {
        var row = new ArchivedDocument
        {
            Id = d.Id, Kind = d.Kind, StudentId = studentId, StudentCode = d.StudentCode, StudentName = d.StudentName,
            SchoolId = d.SchoolId, SchoolCode = d.SchoolCode, SchoolName = d.SchoolName, SchoolYearId = d.SchoolYearId,
            SchoolYearName = d.SchoolYear, HolderSchoolId = holderSchoolId, Version = d.Version, Status = d.Status,
            PdfSha256 = d.PdfSha256, XmlSha256 = d.XmlSha256, ReplacesId = d.ReplacesId, ReplacedById = d.ReplacedById,
            CorrectionReason = d.CorrectionReason, RevocationReason = d.RevocationReason, CreatedAt = d.CreatedAt,
            IssuedAt = d.IssuedAt, RevokedAt = d.RevokedAt, ImportedAt = now, Stamp = Guid.NewGuid(),
        };
        row.Signatures.AddRange((d.Signatures ?? []).Select(s => new DocumentSignature
        {
            DocumentId = d.Id, Step = s.Step, Role = s.Role, SignerUserId = null, SignerName = s.SignerName,
            CertificateSubject = s.CertificateSubject, CertificateThumbprint = s.CertificateThumbprint,
            SignedAt = s.SignedAt, PdfSha256 = s.PdfSha256, XmlSha256 = s.XmlSha256,
        }));
        return row;
    }
}

using TruongSo.Web.Modules.Records.Archive;
using TruongSo.Web.Modules.Records.Archive.Data;

namespace TruongSo.Web.Modules.Records.Verify;

public sealed record PublicSigner(int Step, string Role, string SignerName, string CertificateSubject, DateTime SignedAt);

/// <summary>
/// What anyone may learn of an archived document from its public id: its standing, school, year,
/// hashes and signers. No particulars of the student (Decree 13/2023): whoever holds the file
/// compares it by uploading it or by its hash.
/// </summary>
public sealed record PublicDocument(Guid Id, string Kind, DocumentStatus Status, string StatusText, string SchoolName, string SchoolCode,
    string SchoolYear, int Version, DateTime? IssuedAt, string PdfSha256, string XmlSha256, Guid? ReplacedById, string? ReplacedByUrl,
    string? RevocationReason, DateTime? RevokedAt, IReadOnlyList<PublicSigner> Signers)
{
    public static string UrlOf(Guid id) => $"/xac-thuc/{id:D}";

    public static PublicDocument Of(DocumentView d) => new(d.Id, d.Kind, d.Status, StatusTextOf(d.Status), d.SchoolName, d.SchoolCode,
        d.SchoolYearName, d.Version, d.IssuedAt, d.PdfSha256, d.XmlSha256, d.ReplacedById, d.ReplacedById is { } r ? UrlOf(r) : null,
        d.RevocationReason, d.RevokedAt,
        [.. d.Signatures.Select(s => new PublicSigner(s.Step, RoleText(s.Role), s.SignerName, s.CertificateSubject, s.SignedAt))]);

    public static string StatusTextOf(DocumentStatus status) => status switch
    {
        DocumentStatus.Issued => "Hợp lệ: tài liệu đang có hiệu lực.",
        DocumentStatus.Replaced => "Đã được thay thế bằng phiên bản mới.",
        DocumentStatus.Revoked => "Đã bị thu hồi.",
        _ => "Chưa được ban hành.",
    };

    public static string RoleText(SignatureStepRole role) => role switch
    {
        SignatureStepRole.Homeroom => "Giáo viên chủ nhiệm",
        SignatureStepRole.Principal => "Hiệu trưởng",
        _ => "Con dấu của nhà trường",
    };
}

public enum UploadVerdict { Matches, OtherDocument, NotFinal, Unknown, NotPdf }

/// <summary>The answer to an uploaded PDF: which archived document it is (if any), and what the signature check said.</summary>
public sealed record UploadCheck(UploadVerdict Verdict, string Message, string? Sha256, PublicDocument? Document, SignatureCheck Signatures);

using TruongSo.Web.Modules.Records.Archive.Data;
using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.Records.Archive;

/// <summary>The kinds of archived document; a học bạ of one student for one school year is "transcript".</summary>
public static class DocumentKinds
{
    public const string Transcript = "transcript";
}

/// <summary>
/// A new document (version 1), unsigned. <paramref name="Id"/> may be chosen by the caller first,
/// because the rendered PDF carries it in its QR code (/xac-thuc/{id}); else one is made.
/// </summary>
public sealed record NewDocument(string Kind, Guid StudentId, string StudentCode, string StudentName,
    Guid SchoolId, Guid SchoolYearId, byte[] Pdf, byte[] Xml, Guid? Id = null);

/// <summary>The content of a corrected version (the id is the new version's, printed in its QR code).</summary>
public sealed record NewVersion(byte[] Pdf, byte[] Xml, Guid? Id = null);

/// <summary>
/// One signature step as the signer produced it: the PDF after the step (an incremental update of
/// the PDF before it), and the XML when this step signed it (the seal's enveloped XML-DSig).
/// </summary>
public sealed record SignatureStepInput(SignatureStepRole Role, Guid? SignerUserId, string SignerName,
    string CertificateSubject, string CertificateThumbprint, DateTimeOffset SignedAt, byte[] SignedPdf, byte[]? SignedXml = null);

public sealed record SignatureView(int Step, SignatureStepRole Role, Guid? SignerUserId, string SignerName,
    string CertificateSubject, string CertificateThumbprint, DateTime SignedAt, string PdfSha256, string? XmlSha256);

public sealed record DocumentView(Guid Id, string Kind, Guid StudentId, string StudentCode, string StudentName,
    Guid SchoolId, string SchoolCode, string SchoolName, Guid SchoolYearId, string SchoolYearName, Guid HolderSchoolId,
    int Version, DocumentStatus Status, string PdfSha256, string XmlSha256, Guid? ReplacesId, Guid? ReplacedById,
    string? CorrectionReason, string? RevocationReason, DateTime CreatedAt, DateTime? IssuedAt, DateTime? RevokedAt,
    DateTime? ImportedAt, IReadOnlyList<SignatureView> Signatures)
{
    public static DocumentView Of(ArchivedDocument d) => new(d.Id, d.Kind, d.StudentId, d.StudentCode, d.StudentName,
        d.SchoolId, d.SchoolCode, d.SchoolName, d.SchoolYearId, d.SchoolYearName, d.HolderSchoolId, d.Version, d.Status,
        d.PdfSha256, d.XmlSha256, d.ReplacesId, d.ReplacedById, d.CorrectionReason, d.RevocationReason, d.CreatedAt,
        d.IssuedAt, d.RevokedAt, d.ImportedAt,
        [.. d.Signatures.OrderBy(s => s.Step).Select(s => new SignatureView(s.Step, s.Role, s.SignerUserId, s.SignerName,
            s.CertificateSubject, s.CertificateThumbprint, s.SignedAt, s.PdfSha256, s.XmlSha256))]);
}

public enum ArchiveRefusalKind { NotFound, Invalid, Conflict }

/// <summary>Why the archive refused a change, in Vietnamese, naming the field when one is at fault.</summary>
public sealed record ArchiveRefusal(ArchiveRefusalKind Kind, string Message, string? Field = null);

/// <summary>The document after the change, or why nothing changed.</summary>
public sealed record ArchiveOutcome(DocumentView? Document, ArchiveRefusal? Refusal)
{
    public bool Succeeded => Document is not null;

    public static implicit operator ArchiveOutcome(DocumentView document) => new(document, null);

    public static implicit operator ArchiveOutcome(ArchiveRefusal refusal) => new(null, refusal);

    /// <summary>For an endpoint: the document through <paramref name="ok"/>, else 404, 400 naming the field, or 409.</summary>
    public IResult ToResult(Func<DocumentView, IResult> ok) => Document is { } d ? ok(d) : Refusal!.Kind switch
    {
        ArchiveRefusalKind.NotFound => Problems.NotFound("tài liệu này trong kho lưu trữ"),
        ArchiveRefusalKind.Invalid => Problems.Validation(Refusal.Field ?? "document", Refusal.Message),
        _ => Problems.Conflict(Refusal.Message),
    };
}

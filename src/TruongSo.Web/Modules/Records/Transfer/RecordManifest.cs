using TruongSo.Web.Modules.Records.Archive;
using TruongSo.Web.Modules.Records.Archive.Data;

namespace TruongSo.Web.Modules.Records.Transfer;

/// <summary>
/// manifest.json of a student's record zip: every document (all years, all versions, with their
/// standing and signature steps) and every file with its SHA-256, so that the receiving school can
/// check each byte before it takes the record into its archive.
/// </summary>
public sealed record RecordManifest(string Format, DateTime ExportedAt, string ExportedBy, ManifestStudent Student,
    IReadOnlyList<ManifestDocument> Documents, IReadOnlyList<ManifestFile> Files)
{
    public const string CurrentFormat = "truongso-hoc-ba/1";
}

public sealed record ManifestStudent(Guid Id, string Code, string Name);

public sealed record ManifestFile(string Path, string Sha256, long Bytes);

public sealed record ManifestDocument(Guid Id, string Kind, int Version, DocumentStatus Status, Guid SchoolId, string SchoolCode,
    string SchoolName, Guid SchoolYearId, string SchoolYear, string StudentCode, string StudentName, string PdfSha256, string XmlSha256,
    Guid? ReplacesId, Guid? ReplacedById, string? CorrectionReason, string? RevocationReason, DateTime CreatedAt,
    DateTime? IssuedAt, DateTime? RevokedAt, IReadOnlyList<SignatureView> Signatures)
{
    public static ManifestDocument Of(DocumentView d) => new(d.Id, d.Kind, d.Version, d.Status, d.SchoolId, d.SchoolCode,
        d.SchoolName, d.SchoolYearId, d.SchoolYearName, d.StudentCode, d.StudentName, d.PdfSha256, d.XmlSha256,
        d.ReplacesId, d.ReplacedById, d.CorrectionReason, d.RevocationReason, d.CreatedAt, d.IssuedAt, d.RevokedAt, d.Signatures);

    /// <summary>Every file the document names: its current PDF and XML, and the PDF (and XML) after each signature step.</summary>
    public IEnumerable<string> Hashes() =>
        new[] { PdfSha256, XmlSha256 }.Concat(Signatures.SelectMany(s => new[] { s.PdfSha256, s.XmlSha256 })).OfType<string>().Distinct();
}

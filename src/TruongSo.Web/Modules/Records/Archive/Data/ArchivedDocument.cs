using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TruongSo.Web.Modules.Records.Archive.Data;

/// <summary>Where a document is in its life. Only Draft and Signing documents accept changes.</summary>
public enum DocumentStatus { Draft, Signing, Issued, Replaced, Revoked }

/// <summary>
/// One archived document (a học bạ of one student for one school year, one version). Its id is
/// public: it is printed in the QR code on every page (/xac-thuc/{id}). The school, year and
/// student particulars are snapshots taken at creation, because an archive kept for decades must
/// show what the document said when it was issued, also after a transfer to another platform.
/// The bytes live in the blob store, named by <see cref="PdfSha256"/> and <see cref="XmlSha256"/>.
/// </summary>
public sealed class ArchivedDocument
{
    public Guid Id { get; set; }
    public string Kind { get; set; } = "";
    public Guid StudentId { get; set; }
    public string StudentCode { get; set; } = "";
    public string StudentName { get; set; } = "";
    public Guid SchoolId { get; set; }
    public string SchoolCode { get; set; } = "";
    public string SchoolName { get; set; } = "";
    public Guid SchoolYearId { get; set; }
    public string SchoolYearName { get; set; } = "";

    /// <summary>The school whose archive holds it: the issuer, or the school that imported it after a transfer.</summary>
    public Guid HolderSchoolId { get; set; }
    public int Version { get; set; }
    public DocumentStatus Status { get; set; }
    public string PdfSha256 { get; set; } = "";
    public string XmlSha256 { get; set; } = "";
    public Guid? ReplacesId { get; set; }
    public Guid? ReplacedById { get; set; }
    public string? CorrectionReason { get; set; }
    public string? RevocationReason { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTime? IssuedAt { get; set; }
    public Guid? IssuedBy { get; set; }
    public DateTime? RevokedAt { get; set; }
    public Guid? RevokedBy { get; set; }
    public DateTime? ImportedAt { get; set; }

    /// <summary>App-set concurrency token: two writers of one document cannot both win.</summary>
    public Guid Stamp { get; set; }

    public List<DocumentSignature> Signatures { get; } = [];

    public bool IsOpen => Status is DocumentStatus.Draft or DocumentStatus.Signing;
}

internal sealed class ArchivedDocumentConfiguration : IEntityTypeConfiguration<ArchivedDocument>
{
    public void Configure(EntityTypeBuilder<ArchivedDocument> b)
    {
        b.ToTable("records_documents");
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.Kind).HasMaxLength(24);
        b.Property(d => d.StudentCode).HasMaxLength(40);
        b.Property(d => d.StudentName).HasMaxLength(200);
        b.Property(d => d.SchoolCode).HasMaxLength(40);
        b.Property(d => d.SchoolName).HasMaxLength(200);
        b.Property(d => d.SchoolYearName).HasMaxLength(20);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.PdfSha256).HasMaxLength(64);
        b.Property(d => d.XmlSha256).HasMaxLength(64);
        b.Property(d => d.CorrectionReason).HasMaxLength(1000);
        b.Property(d => d.RevocationReason).HasMaxLength(1000);
        b.Property(d => d.Stamp).IsConcurrencyToken();
        b.HasMany(d => d.Signatures).WithOne().HasForeignKey(s => s.DocumentId);
        b.HasIndex(d => new { d.StudentId, d.SchoolYearId, d.Kind, d.Version }).IsUnique();
        b.HasIndex(d => new { d.HolderSchoolId, d.SchoolYearId });
        b.HasIndex(d => d.PdfSha256);
    }
}

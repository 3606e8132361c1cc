using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TruongSo.Web.Modules.Records.Archive.Data;

/// <summary>The three signatures of a học bạ, in this order (grading-rules.md §3): GVCN, principal, school seal.</summary>
public enum SignatureStepRole { Homeroom = 1, Principal = 2, Seal = 3 }

/// <summary>One step of the signing sequence, with the hash of the PDF as it stood after the step.</summary>
public sealed class DocumentSignature
{
    public Guid Id { get; set; }
    public Guid DocumentId { get; set; }
    public int Step { get; set; }
    public SignatureStepRole Role { get; set; }
    public Guid? SignerUserId { get; set; }
    public string SignerName { get; set; } = "";
    public string CertificateSubject { get; set; } = "";
    public string CertificateThumbprint { get; set; } = "";
    public DateTime SignedAt { get; set; }
    public string PdfSha256 { get; set; } = "";
    public string? XmlSha256 { get; set; }
}

internal sealed class DocumentSignatureConfiguration : IEntityTypeConfiguration<DocumentSignature>
{
    public void Configure(EntityTypeBuilder<DocumentSignature> b)
    {
        b.ToTable("records_document_signatures");
        b.Property(s => s.Role).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.SignerName).HasMaxLength(200);
        b.Property(s => s.CertificateSubject).HasMaxLength(500);
        b.Property(s => s.CertificateThumbprint).HasMaxLength(128);
        b.Property(s => s.PdfSha256).HasMaxLength(64);
        b.Property(s => s.XmlSha256).HasMaxLength(64);
        b.HasIndex(s => new { s.DocumentId, s.Step }).IsUnique();
        b.HasIndex(s => s.PdfSha256);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TruongSo.Web.Modules.Records.Signing.Keys;

/// <summary>Personal: a user's own certificate (GVCN, principal). Seal: the school's certificate, used to seal (đóng dấu) its records.</summary>
public enum SigningKeyKind { Personal, Seal }

/// <summary>
/// A PKCS#12 file uploaded once. Stored as uploaded (still encrypted by its own password, which is
/// never stored) and wrapped again with ASP.NET Data Protection, so that neither the database alone
/// nor the key ring alone yields the key. The certificate's particulars are kept for lists and checks.
/// </summary>
public sealed class SigningKey
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public SigningKeyKind Kind { get; set; }
    public Guid? OwnerUserId { get; set; }
    public Guid? SchoolId { get; set; }
    public string Subject { get; set; } = "";
    public string CommonName { get; set; } = "";
    public string Issuer { get; set; } = "";
    public string SerialNumber { get; set; } = "";
    public string Thumbprint { get; set; } = "";
    public DateTime NotBefore { get; set; }
    public DateTime NotAfter { get; set; }
    public byte[] ProtectedPkcs12 { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
}

internal sealed class SigningKeyConfiguration : IEntityTypeConfiguration<SigningKey>
{
    public void Configure(EntityTypeBuilder<SigningKey> b)
    {
        b.ToTable("records_signing_keys");
        b.Property(k => k.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(k => k.Subject).HasMaxLength(1000);
        b.Property(k => k.CommonName).HasMaxLength(300);
        b.Property(k => k.Issuer).HasMaxLength(1000);
        b.Property(k => k.SerialNumber).HasMaxLength(100);
        b.Property(k => k.Thumbprint).HasMaxLength(64);
        b.HasIndex(k => k.OwnerUserId);
        b.HasIndex(k => k.SchoolId);
        b.HasIndex(k => k.Thumbprint);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TruongSo.Web.Modules.Records.Archive.Data;

/// <summary>What the register records: every change of a document's public standing.</summary>
public enum RegisterEvent { Issued, Replaced, Revoked, Imported }

/// <summary>
/// One line of the archive register: append-only and hash-chained per holding school (as the
/// audit log, ADR 0005), so that an edited, inserted or deleted line is detected by `archive verify`.
/// </summary>
public sealed class RegisterEntry
{
    public long Id { get; set; }
    public string Chain { get; set; } = "";
    public long Seq { get; set; }
    public DateTime At { get; set; }
    public RegisterEvent Event { get; set; }
    public Guid DocumentId { get; set; }
    public int Version { get; set; }
    public string PdfSha256 { get; set; } = "";
    public string XmlSha256 { get; set; } = "";
    public Guid? ActorId { get; set; }
    public string ActorName { get; set; } = "";
    public string? Reason { get; set; }
    public string PrevHash { get; set; } = "";
    public string Hash { get; set; } = "";
}

/// <summary>The newest line of each register chain: deleting the last line cannot hide.</summary>
public sealed class RegisterHead
{
    public string Chain { get; set; } = "";
    public long Seq { get; set; }
    public string Hash { get; set; } = "";
}

internal sealed class RegisterEntryConfiguration : IEntityTypeConfiguration<RegisterEntry>
{
    public void Configure(EntityTypeBuilder<RegisterEntry> b)
    {
        b.ToTable("records_register");
        b.Property(e => e.Chain).HasMaxLength(64);
        b.Property(e => e.Event).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.PdfSha256).HasMaxLength(64);
        b.Property(e => e.XmlSha256).HasMaxLength(64);
        b.Property(e => e.ActorName).HasMaxLength(200);
        b.Property(e => e.Reason).HasMaxLength(1000);
        b.Property(e => e.PrevHash).HasMaxLength(64);
        b.Property(e => e.Hash).HasMaxLength(64);
        b.HasIndex(e => new { e.Chain, e.Seq }).IsUnique();
        b.HasIndex(e => e.DocumentId);
    }
}

internal sealed class RegisterHeadConfiguration : IEntityTypeConfiguration<RegisterHead>
{
    public void Configure(EntityTypeBuilder<RegisterHead> b)
    {
        b.ToTable("records_register_heads");
        b.HasKey(h => h.Chain);
        b.Property(h => h.Chain).HasMaxLength(64);
        b.Property(h => h.Hash).HasMaxLength(64);
    }
}

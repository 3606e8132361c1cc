using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TruongSo.Web.Platform.Audit;

/// <summary>
/// One append-only audit record. Entries form a hash chain per <see cref="Chain"/> (one per
/// school, one for the platform), so that chains are sharded with the school's data.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public string Chain { get; set; } = "";
    public long Seq { get; set; }
    public DateTime At { get; set; }
    public Guid? ActorId { get; set; }
    public string ActorName { get; set; } = "";
    public string Action { get; set; } = "";
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    public Guid? SchoolId { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    public string? Reason { get; set; }
    public string PrevHash { get; set; } = "";
    public string Hash { get; set; } = "";
}

/// <summary>The last sequence number and hash of a chain; deleting the newest entry cannot hide.</summary>
public sealed class AuditChainHead
{
    public string Chain { get; set; } = "";
    public long Seq { get; set; }
    public string Hash { get; set; } = "";
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_entries");
        b.Property(e => e.Chain).HasMaxLength(64);
        b.Property(e => e.ActorName).HasMaxLength(200);
        b.Property(e => e.Action).HasMaxLength(80);
        b.Property(e => e.EntityType).HasMaxLength(80);
        b.Property(e => e.EntityId).HasMaxLength(80);
        b.Property(e => e.PrevHash).HasMaxLength(64);
        b.Property(e => e.Hash).HasMaxLength(64);
        b.HasIndex(e => new { e.Chain, e.Seq }).IsUnique();
        b.HasIndex(e => new { e.EntityType, e.EntityId });
    }
}

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> b)
    {
        b.ToTable("audit_chain_heads");
        b.HasKey(h => h.Chain);
        b.Property(h => h.Chain).HasMaxLength(64);
        b.Property(h => h.Hash).HasMaxLength(64);
    }
}

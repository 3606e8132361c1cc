using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Web.Modules.Organization.Data;

/// <summary>
/// A node of the hierarchy Bộ → Sở (province) → [commune unit] → school. ProvinceId is stored on
/// every node below a province so that "everything in this province" is one indexed filter.
/// </summary>
public sealed class OrgUnit
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public OrgUnitKind Kind { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>The name folded for diacritic-insensitive search (VietnameseText.Fold).</summary>
    public string NameSearch { get; set; } = "";
    public Guid? ParentId { get; set; }
    public Guid? ProvinceId { get; set; }
    public DateTime CreatedAt { get; set; }

    public OrgUnitRef ToRef() => new(Id, Kind, Code, Name, ParentId, ProvinceId);
}

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> b)
    {
        b.ToTable("org_units");
        b.Property(u => u.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(u => u.Code).HasMaxLength(20);
        b.Property(u => u.Name).HasMaxLength(200);
        b.Property(u => u.NameSearch).HasMaxLength(200);
        b.HasIndex(u => new { u.Kind, u.Code }).IsUnique();
        b.HasIndex(u => u.ProvinceId);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Web.Modules.Organization.Data;

/// <summary>What a school is beyond its place in the hierarchy (its OrgUnit shares the id).</summary>
public sealed class School
{
    public Guid Id { get; set; }
    public SchoolLevel Level { get; set; }
    public SchoolOwnership Ownership { get; set; }
    public int LowestGrade { get; set; }
    public int HighestGrade { get; set; }
    public string Address { get; set; } = "";
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> b)
    {
        b.ToTable("org_schools");
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Level).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.Ownership).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.Address).HasMaxLength(300);
        b.Property(s => s.Phone).HasMaxLength(20);
        b.Property(s => s.Email).HasMaxLength(200);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasOne<OrgUnit>().WithOne().HasForeignKey<School>(s => s.Id).OnDelete(DeleteBehavior.Cascade);
    }
}

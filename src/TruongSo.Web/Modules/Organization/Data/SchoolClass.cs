using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TruongSo.Web.Modules.Organization.Data;

/// <summary>A class (lớp) of one school year, e.g. 7A1 in grade 7. Its homeroom teacher is a teaching assignment.</summary>
public sealed class SchoolClass
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public Guid SchoolYearId { get; set; }
    public int Grade { get; set; }
    public string Name { get; set; } = "";
    public string? Room { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

internal sealed class SchoolClassConfiguration : IEntityTypeConfiguration<SchoolClass>
{
    public void Configure(EntityTypeBuilder<SchoolClass> b)
    {
        b.ToTable("org_classes");
        b.Property(c => c.Name).HasMaxLength(20);
        b.Property(c => c.Room).HasMaxLength(40);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasIndex(c => new { c.SchoolYearId, c.Name }).IsUnique();
        b.HasIndex(c => c.SchoolId);
        b.HasOne<SchoolYear>().WithMany().HasForeignKey(c => c.SchoolYearId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(c => c.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}

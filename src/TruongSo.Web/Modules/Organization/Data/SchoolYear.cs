using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Web.Modules.Organization.Data;

/// <summary>A school's year ("2025-2026") with its two terms (học kỳ I, II).</summary>
public sealed class SchoolYear
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public string Name { get; set; } = "";
    public int StartYear { get; set; }
    public DateOnly Term1Start { get; set; }
    public DateOnly Term1End { get; set; }
    public DateOnly Term2Start { get; set; }
    public DateOnly Term2End { get; set; }
    public SchoolYearStatus Status { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public static string NameFor(int startYear) => $"{startYear}-{startYear + 1}";
}

internal sealed class SchoolYearConfiguration : IEntityTypeConfiguration<SchoolYear>
{
    public void Configure(EntityTypeBuilder<SchoolYear> b)
    {
        b.ToTable("org_school_years");
        b.Property(y => y.Name).HasMaxLength(20);
        b.Property(y => y.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(y => y.Version).IsConcurrencyToken();
        b.HasIndex(y => new { y.SchoolId, y.StartYear }).IsUnique();
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(y => y.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}

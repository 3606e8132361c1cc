using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TruongSo.Web.Modules.Gradebook.Data;

/// <summary>
/// Miễn (TT22 Điều 10–11): the subject, or its practical part, is not assessed for this student in
/// a term or the whole year, or it is assessed against an individual education plan (KHGD cá nhân).
/// </summary>
public enum ExemptionKind { Exempt, IndividualPlan }

public sealed class Exemption
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public Guid SchoolYearId { get; set; }
    public Guid StudentId { get; set; }
    public Guid SubjectId { get; set; }
    public GradingPeriod Period { get; set; }
    public ExemptionKind Kind { get; set; }
    public string Reason { get; set; } = "";
    public DateTime DecidedAt { get; set; }
    public Guid DecidedBy { get; set; }
}

/// <summary>A province's choices on the points the regulation leaves open (grading-rules.md §6), as JSON.</summary>
public sealed class ProvinceGradingSettings
{
    public Guid ProvinceId { get; set; }
    public string Settings { get; set; } = "{}";
    public DateTime UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
}

internal sealed class ExemptionConfiguration : IEntityTypeConfiguration<Exemption>
{
    public void Configure(EntityTypeBuilder<Exemption> b)
    {
        b.ToTable("gradebook_exemptions");
        b.Property(e => e.Period).HasConversion<int>();
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Reason).HasMaxLength(500);
        b.HasIndex(e => new { e.StudentId, e.SubjectId, e.SchoolYearId, e.Period }).IsUnique();
        b.HasIndex(e => new { e.SchoolId, e.SchoolYearId });
    }
}

internal sealed class ProvinceGradingSettingsConfiguration : IEntityTypeConfiguration<ProvinceGradingSettings>
{
    public void Configure(EntityTypeBuilder<ProvinceGradingSettings> b)
    {
        b.ToTable("gradebook_province_settings");
        b.HasKey(s => s.ProvinceId);
        b.Property(s => s.Settings).HasMaxLength(4000);
    }
}

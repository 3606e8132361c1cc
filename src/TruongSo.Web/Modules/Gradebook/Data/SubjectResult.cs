using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TruongSo.Web.Modules.Gradebook.Data;

/// <summary>
/// A student's recorded result in one subject for a term or the year (ĐTBmhk, ĐTBmcn or Đ/CĐ), as
/// the rule engine computed it from the marks, plus the teacher's comment and, for the year, a
/// summer re-assessment (TT22 Điều 14) that replaces the result for promotion.
/// Null result with <see cref="Complete"/> false means "chưa đủ điểm".
/// </summary>
public sealed class SubjectResult
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public Guid SchoolYearId { get; set; }
    public Guid ClassId { get; set; }
    public Guid SubjectId { get; set; }
    public Guid StudentId { get; set; }
    public GradingPeriod Period { get; set; }
    public bool Complete { get; set; }
    public int? AverageTenths { get; set; }
    public string? Level { get; set; }
    public bool Exempt { get; set; }
    public string? Comment { get; set; }
    public int? RetestTenths { get; set; }
    public string? RetestLevel { get; set; }
    public DateTime ComputedAt { get; set; }
}

internal sealed class SubjectResultConfiguration : IEntityTypeConfiguration<SubjectResult>
{
    public void Configure(EntityTypeBuilder<SubjectResult> b)
    {
        b.ToTable("gradebook_subject_results");
        b.Property(r => r.Period).HasConversion<int>();
        b.Property(r => r.Level).HasMaxLength(3);
        b.Property(r => r.RetestLevel).HasMaxLength(3);
        b.Property(r => r.Comment).HasMaxLength(1000);
        b.HasIndex(r => new { r.StudentId, r.SubjectId, r.SchoolYearId, r.Period }).IsUnique();
        b.HasIndex(r => new { r.ClassId, r.Period });
        b.HasIndex(r => new { r.SchoolId, r.SchoolYearId });
    }
}

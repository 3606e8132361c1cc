using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Web.Modules.Organization.Data;

/// <summary>
/// A subject as a school teaches it: seeded from the 2018 programme, editable per school, because
/// the number of regular assessments follows the periods per year (TT22 Điều 6).
/// </summary>
public sealed class Subject
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public SubjectAssessment Assessment { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
    public List<SubjectGrade> Grades { get; set; } = [];
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>Periods per year of a subject in one grade; a subject not taught in a grade has no row.</summary>
public sealed class SubjectGrade
{
    public Guid SubjectId { get; set; }
    public int Grade { get; set; }
    public int PeriodsPerYear { get; set; }
}

internal sealed class SubjectConfiguration : IEntityTypeConfiguration<Subject>
{
    public void Configure(EntityTypeBuilder<Subject> b)
    {
        b.ToTable("org_subjects");
        b.Property(s => s.Code).HasMaxLength(20);
        b.Property(s => s.Name).HasMaxLength(120);
        b.Property(s => s.Assessment).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasIndex(s => new { s.SchoolId, s.Code }).IsUnique();
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Grades).WithOne().HasForeignKey(g => g.SubjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SubjectGradeConfiguration : IEntityTypeConfiguration<SubjectGrade>
{
    public void Configure(EntityTypeBuilder<SubjectGrade> b)
    {
        b.ToTable("org_subject_grades");
        b.HasKey(g => new { g.SubjectId, g.Grade });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TruongSo.Web.Modules.Gradebook.Data;

/// <summary>
/// A student's results for a term or the year, kept by the homeroom teacher (GVCN): conduct
/// (entered per term, derived for the year, TT22 Điều 8), learning (computed, with the level before
/// the Điều 9.3 adjustment kept for audit), absences, the year-end and final outcomes, the title.
/// Levels are the calculator's ASCII codes (Tot, Kha, Dat, ChuaDat; TT27 HoanThanhTot...).
/// </summary>
public sealed class StudentResult
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public Guid SchoolYearId { get; set; }
    public Guid ClassId { get; set; }
    public Guid StudentId { get; set; }
    public GradingPeriod Period { get; set; }
    public string RuleSet { get; set; } = "";
    public string? Learning { get; set; }
    public string? LearningComputed { get; set; }
    public string? Conduct { get; set; }
    public string? ConductComment { get; set; }
    public string? HomeroomComment { get; set; }
    public int? Absences { get; set; }

    /// <summary>TT27: the five qualities and ten competences as JSON of ASCII codes.</summary>
    public string? Qualities { get; set; }
    public string? YearEndOutcome { get; set; }
    public bool SummerConductTraining { get; set; }
    public string? RetestSubjects { get; set; }
    public string? SummerConduct { get; set; }
    public string? FinalOutcome { get; set; }
    public string? Honour { get; set; }
    public int Version { get; set; } = 1;
    public DateTime UpdatedAt { get; set; }
}

internal sealed class StudentResultConfiguration : IEntityTypeConfiguration<StudentResult>
{
    public void Configure(EntityTypeBuilder<StudentResult> b)
    {
        b.ToTable("gradebook_student_results");
        b.Property(r => r.Period).HasConversion<int>();
        foreach (var code in new[] { nameof(StudentResult.Learning), nameof(StudentResult.LearningComputed), nameof(StudentResult.Conduct),
            nameof(StudentResult.SummerConduct), nameof(StudentResult.YearEndOutcome), nameof(StudentResult.FinalOutcome), nameof(StudentResult.Honour) })
        {
            b.Property(code).HasMaxLength(24);
        }
        b.Property(r => r.RuleSet).HasMaxLength(12);
        b.Property(r => r.ConductComment).HasMaxLength(1000);
        b.Property(r => r.HomeroomComment).HasMaxLength(2000);
        b.Property(r => r.Qualities).HasMaxLength(1000);
        b.Property(r => r.RetestSubjects).HasMaxLength(500);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasIndex(r => new { r.StudentId, r.SchoolYearId, r.Period }).IsUnique();
        b.HasIndex(r => new { r.ClassId, r.Period });
        b.HasIndex(r => new { r.SchoolId, r.SchoolYearId });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Web.Modules.People.Data;

/// <summary>One stay of a student at a school: admitted on a day, left (transferred, withdrawn, graduated) on another.</summary>
public sealed class Enrolment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StudentId { get; set; }
    public Guid SchoolId { get; set; }
    public DateOnly AdmittedOn { get; set; }
    public DateOnly? LeftOn { get; set; }
    public LeaveReason? LeftReason { get; set; }
    public Guid? DestinationSchoolId { get; set; }
    public string? Note { get; set; }
}

/// <summary>A student's place in a class for a stretch of a school year; moving class ends one and starts another.</summary>
public sealed class ClassPlacement
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StudentId { get; set; }
    public Guid SchoolId { get; set; }
    public Guid SchoolYearId { get; set; }
    public Guid ClassId { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
}

/// <summary>Lên lớp, ở lại lớp, hoàn thành chương trình: decided at the end of a year, applied by the roll-over.</summary>
public sealed class YearEndDecision
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StudentId { get; set; }
    public Guid SchoolYearId { get; set; }
    public YearEndOutcome Outcome { get; set; }
    public string? Note { get; set; }
    public DateTime DecidedAt { get; set; }
}

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> b)
    {
        b.ToTable("people_enrolments");
        b.Property(e => e.LeftReason).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Note).HasMaxLength(500);
        b.HasIndex(e => new { e.SchoolId, e.StudentId });
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(e => e.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ClassPlacementConfiguration : IEntityTypeConfiguration<ClassPlacement>
{
    public void Configure(EntityTypeBuilder<ClassPlacement> b)
    {
        b.ToTable("people_class_placements");
        b.HasIndex(p => new { p.ClassId, p.To });
        b.HasIndex(p => new { p.StudentId, p.SchoolYearId });
        b.HasOne<SchoolClass>().WithMany().HasForeignKey(p => p.ClassId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class YearEndDecisionConfiguration : IEntityTypeConfiguration<YearEndDecision>
{
    public void Configure(EntityTypeBuilder<YearEndDecision> b)
    {
        b.ToTable("people_year_end_decisions");
        b.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.Note).HasMaxLength(500);
        b.HasIndex(d => new { d.StudentId, d.SchoolYearId }).IsUnique();
        b.HasOne<Student>().WithMany().HasForeignKey(d => d.StudentId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Modules.People.Data;

namespace TruongSo.Web.Modules.Teaching.Data;

public enum AssignmentKind { Subject, Homeroom }

/// <summary>
/// Phân công chuyên môn: a teacher teaches a subject to a class in a term, or is the class's
/// homeroom teacher (GVCN) for the year. These rows grant the class-level scopes.
/// </summary>
public sealed class TeachingAssignment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public Guid SchoolYearId { get; set; }
    public Guid ClassId { get; set; }
    public AssignmentKind Kind { get; set; }

    /// <summary>Null for homeroom.</summary>
    public Guid? SubjectId { get; set; }

    /// <summary>1 or 2; 0 for homeroom, which spans the year.</summary>
    public int Term { get; set; }
    public Guid StaffId { get; set; }
    public decimal PeriodsPerWeek { get; set; }
    public DateTime CreatedAt { get; set; }
}

internal sealed class TeachingAssignmentConfiguration : IEntityTypeConfiguration<TeachingAssignment>
{
    public void Configure(EntityTypeBuilder<TeachingAssignment> b)
    {
        b.ToTable("teaching_assignments");
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.PeriodsPerWeek).HasPrecision(5, 2);
        b.HasIndex(a => new { a.ClassId, a.Kind, a.SubjectId, a.Term });
        b.HasIndex(a => new { a.StaffId, a.SchoolYearId });
        b.HasOne<SchoolClass>().WithMany().HasForeignKey(a => a.ClassId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Subject>().WithMany().HasForeignKey(a => a.SubjectId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.StaffId).OnDelete(DeleteBehavior.Restrict);
    }
}

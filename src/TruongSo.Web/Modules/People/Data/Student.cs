using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Web.Modules.People.Data;

/// <summary>
/// A student's lifelong profile. <see cref="SchoolId"/> is the school that holds it now; the
/// schools before it keep their part read-only through <see cref="Enrolments"/>.
/// </summary>
public sealed partial class Student
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }

    /// <summary>Mã định danh of the sector (TT42/2021 Điều 10): unique, never changed, never reused.</summary>
    public string StudentCode { get; set; } = "";

    /// <summary>Số định danh cá nhân: 12 digits.</summary>
    public string? PersonalId { get; set; }
    public string FullName { get; set; } = "";
    public string NameSearch { get; set; } = "";
    public string SortKey { get; set; } = "";
    public DateOnly DateOfBirth { get; set; }
    public Gender Gender { get; set; }
    public string EthnicityCode { get; set; } = "01";
    public string? PlaceOfBirth { get; set; }
    public string? Address { get; set; }
    public string? PhotoPath { get; set; }
    public string? SpecialNeeds { get; set; }
    public string? Exemptions { get; set; }
    public StudentStatus Status { get; set; }

    /// <summary>The student's own read-only sign-in account, if the school has made one.</summary>
    public Guid? UserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    public List<StudentGuardian> Guardians { get; set; } = [];
    public List<Enrolment> Enrolments { get; set; } = [];
    public List<ClassPlacement> Placements { get; set; } = [];
}

internal sealed class StudentConfiguration : IEntityTypeConfiguration<Student>
{
    public void Configure(EntityTypeBuilder<Student> b)
    {
        b.ToTable("people_students");
        b.Property(s => s.StudentCode).HasMaxLength(20);
        b.Property(s => s.PersonalId).HasMaxLength(12);
        b.Property(s => s.FullName).HasMaxLength(120);
        b.Property(s => s.NameSearch).HasMaxLength(120);
        b.Property(s => s.SortKey).HasMaxLength(400);
        b.Property(s => s.Gender).HasConversion<string>().HasMaxLength(10);
        b.Property(s => s.EthnicityCode).HasMaxLength(4);
        b.Property(s => s.PlaceOfBirth).HasMaxLength(200);
        b.Property(s => s.Address).HasMaxLength(300);
        b.Property(s => s.PhotoPath).HasMaxLength(200);
        b.Property(s => s.SpecialNeeds).HasMaxLength(500);
        b.Property(s => s.Exemptions).HasMaxLength(500);
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasIndex(s => s.StudentCode).IsUnique();
        b.HasIndex(s => s.PersonalId).IsUnique();
        b.HasIndex(s => s.UserId).IsUnique();
        b.HasIndex(s => new { s.SchoolId, s.SortKey });
        // Substring search over a province's 500,000 names: a trigram index on PostgreSQL; SQLite,
        // one school's few thousand rows, scans.
        b.HasIndex(s => s.NameSearch).HasMethod("gin").HasOperators("gin_trgm_ops");
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Guardians).WithOne().HasForeignKey(g => g.StudentId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.Enrolments).WithOne().HasForeignKey(e => e.StudentId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.Placements).WithOne().HasForeignKey(p => p.StudentId).OnDelete(DeleteBehavior.Cascade);
    }
}

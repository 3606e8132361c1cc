using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TruongSo.Web.Modules.People.Data;

/// <summary>
/// A parent or other guardian. Not tied to a school: one guardian, known by phone number, may
/// have children in several schools and signs in once for all of them.
/// </summary>
public sealed class Guardian
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string FullName { get; set; } = "";
    public string NameSearch { get; set; } = "";
    public string Phone { get; set; } = "";
    public string? Email { get; set; }
    public string? PersonalId { get; set; }
    public string? Address { get; set; }
    public string? Occupation { get; set; }

    /// <summary>The guardian's own sign-in account (username = phone), once the school has made one.</summary>
    public Guid? UserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>The link between a student and a guardian, with how they are related (cha, mẹ, ông, bà...).</summary>
public sealed class StudentGuardian
{
    public Guid StudentId { get; set; }
    public Guid GuardianId { get; set; }
    public string Relation { get; set; } = "";
    public bool IsPrimaryContact { get; set; }
}

internal sealed class GuardianConfiguration : IEntityTypeConfiguration<Guardian>
{
    public void Configure(EntityTypeBuilder<Guardian> b)
    {
        b.ToTable("people_guardians");
        b.Property(g => g.FullName).HasMaxLength(120);
        b.Property(g => g.NameSearch).HasMaxLength(120);
        b.Property(g => g.Phone).HasMaxLength(15);
        b.Property(g => g.Email).HasMaxLength(200);
        b.Property(g => g.PersonalId).HasMaxLength(12);
        b.Property(g => g.Address).HasMaxLength(300);
        b.Property(g => g.Occupation).HasMaxLength(120);
        b.Property(g => g.Version).IsConcurrencyToken();
        b.HasIndex(g => g.Phone).IsUnique();
        b.HasIndex(g => g.UserId).IsUnique();
    }
}

internal sealed class StudentGuardianConfiguration : IEntityTypeConfiguration<StudentGuardian>
{
    public void Configure(EntityTypeBuilder<StudentGuardian> b)
    {
        b.ToTable("people_student_guardians");
        b.HasKey(l => new { l.StudentId, l.GuardianId });
        b.Property(l => l.Relation).HasMaxLength(30);
        b.HasIndex(l => l.GuardianId);
        b.HasOne<Guardian>().WithMany().HasForeignKey(l => l.GuardianId).OnDelete(DeleteBehavior.Restrict);
    }
}

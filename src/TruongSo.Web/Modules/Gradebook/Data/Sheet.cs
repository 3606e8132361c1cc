using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TruongSo.Web.Modules.Gradebook.Data;

/// <summary>
/// The state of one page of the sổ điểm: a subject teacher's class × subject × term, or (with no
/// subject) the homeroom teacher's class results for a period. The teacher marks it complete; once
/// the principal locks the term, only an approved unlock request reopens it (<see cref="ReopenedBy"/>),
/// until the teacher marks it complete again.
/// </summary>
public sealed class Sheet
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public Guid SchoolYearId { get; set; }
    public Guid ClassId { get; set; }
    public Guid? SubjectId { get; set; }
    public GradingPeriod Period { get; set; }
    public DateTime? CompletedAt { get; set; }
    public Guid? CompletedBy { get; set; }
    public Guid? ReopenedBy { get; set; }
    public int Version { get; set; } = 1;
}

/// <summary>The principal's lock on a term (or the year) of a school: no mark or result changes after it.</summary>
public sealed class TermLock
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public Guid SchoolYearId { get; set; }
    public GradingPeriod Period { get; set; }
    public DateTime LockedAt { get; set; }
    public Guid LockedBy { get; set; }
}

public enum UnlockStatus { Pending, Approved, Rejected }

/// <summary>A teacher's request, with a reason, to change a locked sheet; the principal decides.</summary>
public sealed class UnlockRequest
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public Guid SheetId { get; set; }
    public string Reason { get; set; } = "";
    public Guid RequestedBy { get; set; }
    public string RequestedByName { get; set; } = "";
    public DateTime RequestedAt { get; set; }
    public UnlockStatus Status { get; set; }
    public Guid? DecidedBy { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecisionNote { get; set; }
}

internal sealed class SheetConfiguration : IEntityTypeConfiguration<Sheet>
{
    public void Configure(EntityTypeBuilder<Sheet> b)
    {
        b.ToTable("gradebook_sheets");
        b.Property(s => s.Period).HasConversion<int>();
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasIndex(s => new { s.ClassId, s.SubjectId, s.Period }).IsUnique();
        b.HasIndex(s => new { s.SchoolId, s.SchoolYearId });
    }
}

internal sealed class TermLockConfiguration : IEntityTypeConfiguration<TermLock>
{
    public void Configure(EntityTypeBuilder<TermLock> b)
    {
        b.ToTable("gradebook_term_locks");
        b.Property(l => l.Period).HasConversion<int>();
        b.HasIndex(l => new { l.SchoolYearId, l.Period }).IsUnique();
    }
}

internal sealed class UnlockRequestConfiguration : IEntityTypeConfiguration<UnlockRequest>
{
    public void Configure(EntityTypeBuilder<UnlockRequest> b)
    {
        b.ToTable("gradebook_unlock_requests");
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Reason).HasMaxLength(1000);
        b.Property(r => r.RequestedByName).HasMaxLength(200);
        b.Property(r => r.DecisionNote).HasMaxLength(1000);
        b.HasIndex(r => new { r.SchoolId, r.Status });
        b.HasOne<Sheet>().WithMany().HasForeignKey(r => r.SheetId).OnDelete(DeleteBehavior.Cascade);
    }
}

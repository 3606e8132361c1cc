using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TruongSo.Web.Modules.Attendance.Data;

public enum RequestState { Pending = 0, Approved = 1, Rejected = 2 }

/// <summary>
/// Đơn xin nghỉ: a parent asks for their child to be excused from a run of days (one or both
/// sessions); the GVCN approves (the sessions are marked có phép) or rejects it.
/// </summary>
public sealed class AbsenceRequest
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public Guid ClassId { get; set; }
    public Guid StudentId { get; set; }
    public DateOnly FromDate { get; set; }
    public DateOnly ToDate { get; set; }
    public bool Morning { get; set; }
    public bool Afternoon { get; set; }
    public string Reason { get; set; } = "";
    public RequestState State { get; set; }
    public Guid RequestedBy { get; set; }
    public DateTime RequestedAt { get; set; }
    public Guid? DecidedBy { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecisionNote { get; set; }
    public int Version { get; set; } = 1;

    public IEnumerable<Session> Sessions()
    {
        if (Morning)
        {
            yield return Session.Morning;
        }
        if (Afternoon)
        {
            yield return Session.Afternoon;
        }
    }
}

internal sealed class AbsenceRequestConfiguration : IEntityTypeConfiguration<AbsenceRequest>
{
    public void Configure(EntityTypeBuilder<AbsenceRequest> b)
    {
        b.ToTable("attendance_absence_requests");
        b.Property(r => r.State).HasConversion<int>();
        b.Property(r => r.Reason).HasMaxLength(500);
        b.Property(r => r.DecisionNote).HasMaxLength(500);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasIndex(r => new { r.StudentId, r.State });
        b.HasIndex(r => new { r.ClassId, r.State });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TruongSo.Web.Modules.Attendance.Data;

/// <summary>
/// That a class's register was taken for a day, session and period (0 = the whole session): the
/// day's first save creates it, a later save is a correction (with a reason, audited). Reports
/// count sessions from these rows, so a class nobody marked is "not taken", not "all present".
/// </summary>
public sealed class AttendanceRegister
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public Guid ClassId { get; set; }
    public DateOnly Date { get; set; }
    public Session Session { get; set; }
    public int Period { get; set; }

    /// <summary>Students on the roll when it was taken: the denominator of the attendance rate.</summary>
    public int Enrolled { get; set; }
    public Guid TakenBy { get; set; }
    public DateTime TakenAt { get; set; }
    public Guid? CorrectedBy { get; set; }
    public DateTime? CorrectedAt { get; set; }
    public int Version { get; set; } = 1;
}

internal sealed class AttendanceRegisterConfiguration : IEntityTypeConfiguration<AttendanceRegister>
{
    public void Configure(EntityTypeBuilder<AttendanceRegister> b)
    {
        b.ToTable("attendance_registers");
        b.Property(r => r.Session).HasConversion<int>();
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasIndex(r => new { r.ClassId, r.Date, r.Session, r.Period }).IsUnique();
        b.HasIndex(r => new { r.SchoolId, r.Date });
    }
}

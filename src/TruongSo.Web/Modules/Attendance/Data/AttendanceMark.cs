using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TruongSo.Web.Modules.Attendance.Data;

/// <summary>Buổi học: morning or afternoon. Stored as 1 and 2; "sang"/"chieu" in URLs.</summary>
public enum Session { Morning = 1, Afternoon = 2 }

/// <summary>
/// Why a student was not (fully) there: P nghỉ có phép, K nghỉ không phép, M đi muộn. Present is
/// the absence of a mark, so a register of 40 students with 2 absent writes 2 rows.
/// </summary>
public enum MarkStatus { Excused = 1, Unexcused = 2, Late = 3 }

/// <summary>
/// One student absent (or late) for a session, or for one period (tiết) of it where the school
/// takes attendance per period. <see cref="Period"/> is 0 for the whole session.
/// </summary>
public sealed class AttendanceMark
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public Guid ClassId { get; set; }
    public Guid StudentId { get; set; }
    public DateOnly Date { get; set; }
    public Session Session { get; set; }
    public int Period { get; set; }
    public MarkStatus Status { get; set; }

    /// <summary>Set when an approved absence request (xin nghỉ) made this mark.</summary>
    public Guid? AbsenceRequestId { get; set; }
    public DateTime UpdatedAt { get; set; }
}

internal sealed class AttendanceMarkConfiguration : IEntityTypeConfiguration<AttendanceMark>
{
    public void Configure(EntityTypeBuilder<AttendanceMark> b)
    {
        b.ToTable("attendance_marks");
        b.Property(m => m.Session).HasConversion<int>();
        b.Property(m => m.Status).HasConversion<int>();
        b.HasIndex(m => new { m.StudentId, m.Date, m.Session, m.Period }).IsUnique();
        b.HasIndex(m => new { m.ClassId, m.Date });
        b.HasIndex(m => new { m.SchoolId, m.Date });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TruongSo.Web.Modules.Attendance.Data;

/// <summary>That a student's absences reached a threshold in a school year: each is announced once.</summary>
public sealed class AttendanceAlert
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public Guid SchoolYearId { get; set; }
    public Guid StudentId { get; set; }
    public int Threshold { get; set; }
    public int Sessions { get; set; }
    public DateTime RaisedAt { get; set; }
}

internal sealed class AttendanceAlertConfiguration : IEntityTypeConfiguration<AttendanceAlert>
{
    public void Configure(EntityTypeBuilder<AttendanceAlert> b)
    {
        b.ToTable("attendance_alerts");
        b.HasIndex(a => new { a.StudentId, a.SchoolYearId, a.Threshold }).IsUnique();
        b.HasIndex(a => new { a.SchoolId, a.SchoolYearId });
    }
}

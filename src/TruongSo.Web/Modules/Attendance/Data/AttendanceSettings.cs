using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TruongSo.Web.Modules.Attendance.Data;

/// <summary>
/// A school's choices: attendance per session (the default) or per period, and the numbers of
/// sessions absent at which the GVCN and the parents are alerted (default 10, 20, 30, 45; TT22
/// Điều 12 khoản 1 điểm c makes 45 the last one a student may reach and still be promoted).
/// </summary>
public sealed class AttendanceSettings
{
    public static readonly int[] DefaultThresholds = [10, 20, 30, 45];

    public Guid SchoolId { get; set; }
    public bool ByPeriod { get; set; }

    /// <summary>Periods per session offered on the per-period register (tiết 1..n).</summary>
    public int PeriodsPerSession { get; set; } = 5;

    /// <summary>Comma-separated, ascending: "10,20,30,45".</summary>
    public string Thresholds { get; set; } = string.Join(",", DefaultThresholds);
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; } = 1;

    public IReadOnlyList<int> ThresholdList() =>
        [.. Thresholds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => int.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0).Where(n => n > 0).Order()];
}

internal sealed class AttendanceSettingsConfiguration : IEntityTypeConfiguration<AttendanceSettings>
{
    public void Configure(EntityTypeBuilder<AttendanceSettings> b)
    {
        b.ToTable("attendance_settings");
        b.HasKey(s => s.SchoolId);
        b.Property(s => s.Thresholds).HasMaxLength(100);
        b.Property(s => s.Version).IsConcurrencyToken();
    }
}

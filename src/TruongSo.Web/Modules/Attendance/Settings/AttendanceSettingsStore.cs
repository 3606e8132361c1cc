using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Attendance.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Attendance.Settings;

/// <summary>A school's attendance settings, or the defaults (per session; alerts at 10, 20, 30, 45).</summary>
public sealed class AttendanceSettingsStore(AppDbContext db)
{
    public async Task<AttendanceSettings> ForSchoolAsync(Guid schoolId, CancellationToken ct = default) =>
        await db.Set<AttendanceSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.SchoolId == schoolId, ct)
        ?? new AttendanceSettings { SchoolId = schoolId };
}

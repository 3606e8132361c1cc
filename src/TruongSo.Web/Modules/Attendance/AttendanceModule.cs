namespace TruongSo.Web.Modules.Attendance;

/// <summary>
/// Attendance (điểm danh): per session and, where the school wants it, per period; corrections
/// with a reason; parents' absence requests; the totals the gradebook's 45-session rule reads.
/// One line per feature here, so that features stay in their own folders.
/// </summary>
public static class AttendanceModule
{
    public static IServiceCollection AddAttendance(this IServiceCollection services) => services;

    public static WebApplication MapAttendance(this WebApplication app) => app;
}

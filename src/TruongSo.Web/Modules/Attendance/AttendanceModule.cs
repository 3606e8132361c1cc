using TruongSo.Web.Modules.Attendance.AbsenceRequests;
using TruongSo.Web.Modules.Attendance.Contracts;
using TruongSo.Web.Modules.Attendance.Portal;
using TruongSo.Web.Modules.Attendance.Reports;
using TruongSo.Web.Modules.Attendance.Settings;
using TruongSo.Web.Modules.Attendance.TakeRegister;
using TruongSo.Web.Modules.Attendance.Totals;

namespace TruongSo.Web.Modules.Attendance;

/// <summary>
/// Attendance (điểm danh): per session and, where the school wants it, per period; corrections
/// with a reason; parents' absence requests; the totals the gradebook's 45-session rule reads.
/// One line per feature here, so that features stay in their own folders.
/// </summary>
public static class AttendanceModule
{
    public static IServiceCollection AddAttendance(this IServiceCollection services)
    {
        services.AddScoped<AttendanceAccess>();
        services.AddScoped<ClassPeople>();
        services.AddScoped<AttendanceSettingsStore>();
        services.AddScoped<IAttendanceTotals, AttendanceTotals>();
        services.AddScoped<ThresholdAlerts>();
        services.AddTakeRegister();
        services.AddAbsenceRequests();
        services.AddChildAttendance();
        services.AddAttendanceReport();
        return services;
    }

    public static WebApplication MapAttendance(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/attendance").WithTags("Điểm danh").RequireAuthorization();
        api.MapTakeRegister();
        api.MapAttendanceReport();
        api.MapAttendanceSettings();
        app.MapAbsenceRequests(api);
        app.MapChildAttendance();
        return app;
    }
}

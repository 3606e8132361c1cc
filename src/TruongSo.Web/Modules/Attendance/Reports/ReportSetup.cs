using System.Globalization;

namespace TruongSo.Web.Modules.Attendance.Reports;

/// <summary>GET /api/v1/attendance/report?schoolId=|classId=&amp;from=&amp;to=&amp;by=day|week|month; the page /diem-danh/bao-cao.</summary>
internal static class ReportSetup
{
    public static IServiceCollection AddAttendanceReport(this IServiceCollection services) => services.AddScoped<AttendanceReport>();

    public static RouteGroupBuilder MapAttendanceReport(this RouteGroupBuilder api)
    {
        api.MapGet("/report", async (Guid? schoolId, Guid? classId, string? from, string? to, string? by, HttpContext http, AttendanceReport report, CancellationToken ct) =>
        {
            if (!TryDate(from, out var start))
            {
                return AttendanceRefusal.Invalid("from", "Ngày bắt đầu phải có dạng yyyy-MM-dd.").ToProblem();
            }
            if (!TryDate(to, out var end))
            {
                return AttendanceRefusal.Invalid("to", "Ngày kết thúc phải có dạng yyyy-MM-dd.").ToProblem();
            }
            return (await report.HandleAsync(http.User, schoolId, classId, start, end, by ?? "day", ct)).ToResult(Results.Ok);
        }).WithSummary("Báo cáo chuyên cần của lớp hoặc trường theo ngày, tuần, tháng: số lượt, vắng có phép, không phép, muộn, tỉ lệ có mặt");
        return api;
    }

    public static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}

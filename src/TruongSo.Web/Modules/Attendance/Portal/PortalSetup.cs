namespace TruongSo.Web.Modules.Attendance.Portal;

/// <summary>GET /api/v1/portal/children/{studentId}/attendance?year=&amp;month=: a child's attendance for their family; the page /gia-dinh/{studentId}/chuyen-can.</summary>
internal static class PortalSetup
{
    public static IServiceCollection AddChildAttendance(this IServiceCollection services) => services.AddScoped<ChildAttendance>();

    public static void MapChildAttendance(this WebApplication app) =>
        app.MapGet("/api/v1/portal/children/{studentId:guid}/attendance", async (Guid studentId, int? year, int? month, HttpContext http, ChildAttendance handler, CancellationToken ct) =>
            (await handler.HandleAsync(http.User, studentId, year, month, ct)).ToResult(Results.Ok))
            .WithTags("Cổng phụ huynh").RequireAuthorization()
            .WithSummary("Chuyên cần của con: các buổi nghỉ, muộn trong tháng; tổng số buổi nghỉ của tháng, học kì, năm học");
}

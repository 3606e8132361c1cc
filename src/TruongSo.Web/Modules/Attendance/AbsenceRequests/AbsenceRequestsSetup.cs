namespace TruongSo.Web.Modules.Attendance.AbsenceRequests;

/// <summary>
/// Absence requests: the family's POST|GET /api/v1/portal/children/{studentId}/absence-requests,
/// the class's GET /api/v1/attendance/classes/{classId}/absence-requests and the GVCN's decisions.
/// </summary>
internal static class AbsenceRequestsSetup
{
    public static IServiceCollection AddAbsenceRequests(this IServiceCollection services) =>
        services.AddScoped<RequestAbsence>().AddScoped<DecideAbsence>().AddScoped<AbsenceRequestList>();

    public static void MapAbsenceRequests(this WebApplication app, RouteGroupBuilder attendance)
    {
        var portal = app.MapGroup("/api/v1/portal/children/{studentId:guid}/absence-requests").WithTags("Cổng phụ huynh").RequireAuthorization();
        portal.MapPost("/", async (Guid studentId, AbsenceRequestBody body, HttpContext http, RequestAbsence handler, CancellationToken ct) =>
            (await handler.HandleAsync(http.User, studentId, body, ct)).ToResult(v => Results.Created($"/api/v1/portal/children/{studentId}/absence-requests", v)))
            .WithSummary("Phụ huynh gửi đơn xin nghỉ cho con (ngày, buổi, lý do)");
        portal.MapGet("/", async (Guid studentId, HttpContext http, AbsenceRequestList list, CancellationToken ct) =>
            (await list.ForChildAsync(http.User, studentId, ct)).ToResult(Results.Ok))
            .WithSummary("Các đơn xin nghỉ của con và trạng thái");
        attendance.MapGet("/classes/{classId:guid}/absence-requests", async (Guid classId, string? state, HttpContext http, AbsenceRequestList list, CancellationToken ct) =>
            (await list.ForClassAsync(http.User, classId, state is null or "pending", ct)).ToResult(Results.Ok))
            .WithSummary("Đơn xin nghỉ của lớp (mặc định: đang chờ duyệt; state=all: tất cả)");
        attendance.MapPost("/absence-requests/{id:guid}/approve", (Guid id, DecisionBody? body, HttpContext http, DecideAbsence h, CancellationToken ct) => DecideAsync(h, http, id, true, body, ct))
            .WithSummary("Giáo viên chủ nhiệm duyệt đơn: các buổi được ghi là nghỉ có phép");
        attendance.MapPost("/absence-requests/{id:guid}/reject", (Guid id, DecisionBody? body, HttpContext http, DecideAbsence h, CancellationToken ct) => DecideAsync(h, http, id, false, body, ct))
            .WithSummary("Giáo viên chủ nhiệm không duyệt đơn");
    }

    private static async Task<IResult> DecideAsync(DecideAbsence handler, HttpContext http, Guid id, bool approve, DecisionBody? body, CancellationToken ct) =>
        (await handler.HandleAsync(http.User, id, approve, body?.Note, ct)).ToResult(Results.Ok);
}

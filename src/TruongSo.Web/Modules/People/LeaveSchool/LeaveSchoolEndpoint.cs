using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Web.Modules.People.LeaveSchool;

internal static class LeaveSchoolEndpoint
{
    public static void MapLeaveSchool(this RouteGroupBuilder students)
    {
        students.MapPost("/{id:guid}/withdraw", (Guid id, LeaveSchoolRequest? request, HttpContext http, LeaveSchoolHandler handler, CancellationToken ct) =>
                LeaveAsync(id, LeaveReason.Withdrawn, request, http, handler, ct))
            .WithSummary("Cho học sinh thôi học");
        students.MapPost("/{id:guid}/graduate", (Guid id, LeaveSchoolRequest? request, HttpContext http, LeaveSchoolHandler handler, CancellationToken ct) =>
                LeaveAsync(id, LeaveReason.Graduated, request, http, handler, ct))
            .WithSummary("Ghi nhận học sinh hoàn thành chương trình (tốt nghiệp)");
    }

    private static async Task<IResult> LeaveAsync(Guid id, LeaveReason reason, LeaveSchoolRequest? request, HttpContext http, LeaveSchoolHandler handler, CancellationToken ct) =>
        (await handler.HandleAsync(http.User, id, reason, request ?? new(), ct)).ToResult(Results.Ok);
}

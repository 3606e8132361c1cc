using System.Globalization;
using TruongSo.Web.Components;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Attendance.Data;

namespace TruongSo.Web.Modules.Attendance.TakeRegister;

public sealed record SaveRegisterBody(IReadOnlyList<AbsentEntry>? Absent, string? Reason);

/// <summary>The register: GET and PUT /api/v1/attendance/classes/{classId}/days/{date}?session=sang|chieu[&amp;period=n]; the /diem-danh pages.</summary>
internal static class TakeRegisterSetup
{
    public static IServiceCollection AddTakeRegister(this IServiceCollection services)
    {
        services.AddScoped<ClassDay>();
        services.AddScoped<SaveRegister>();
        services.AddNavLink("Điểm danh", "/diem-danh", "Điểm danh lớp hôm nay, đơn xin nghỉ của phụ huynh, báo cáo chuyên cần.", 35,
            Roles.SystemAdmin, Roles.Principal, Roles.SchoolAdmin, Roles.Teacher);
        return services;
    }

    public static RouteGroupBuilder MapTakeRegister(this RouteGroupBuilder api)
    {
        api.MapGet("/classes/{classId:guid}/days/{date}", ReadAsync).WithSummary("Sổ điểm danh của lớp trong một buổi (và tiết, nếu trường điểm danh theo tiết)");
        api.MapPut("/classes/{classId:guid}/days/{date}", SaveAsync)
            .WithSummary("Điểm danh: gửi các học sinh vắng (P có phép, K không phép) hoặc đi muộn (M); lần lưu sau là sửa, cần lý do");
        return api;
    }

    private static async Task<IResult> ReadAsync(Guid classId, string date, string? session, int? period, HttpContext http, ClassDay handler, CancellationToken ct)
    {
        var (day, refused) = Parse(date, session);
        return refused is not null ? refused.ToProblem() : (await handler.HandleAsync(http.User, classId, day.Date, day.Session, period, ct)).ToResult(Results.Ok);
    }

    private static async Task<IResult> SaveAsync(Guid classId, string date, string? session, int? period, SaveRegisterBody body, HttpContext http, SaveRegister handler, CancellationToken ct)
    {
        var (day, refused) = Parse(date, session);
        return refused is not null ? refused.ToProblem()
            : (await handler.HandleAsync(http.User, classId, day.Date, day.Session, period, body.Absent ?? [], body.Reason, ct)).ToResult(Results.Ok);
    }

    private static AttendanceOutcome<(DateOnly Date, Session Session)> Parse(string date, string? session)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return AttendanceRefusal.Invalid("date", "Ngày phải có dạng yyyy-MM-dd.");
        }
        return Codes.Session(session ?? "sang") is { } s ? (day, s) : AttendanceRefusal.Invalid("session", "Buổi phải là \"sang\" hoặc \"chieu\".");
    }
}

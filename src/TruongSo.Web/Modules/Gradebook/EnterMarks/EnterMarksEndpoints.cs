using TruongSo.Web.Platform.Auth;
using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.Gradebook.EnterMarks;

/// <summary>/api/v1/gradebook: the same handlers as the pages.</summary>
internal static class EnterMarksEndpoints
{
    private const string Sheet = "/classes/{classId:guid}/subjects/{subjectId:guid}/terms/{term:int}";

    public static void MapEnterMarksEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet(Sheet + "/marks", async (Guid classId, Guid subjectId, int term, HttpContext http, ReadSheet handler, CancellationToken ct) =>
            Answer(await handler.HandleAsync(http.User, classId, subjectId, term, ct)))
            .WithSummary("Sổ điểm một lớp × môn × học kì: học sinh, các cột, từng ô (giá trị, phiên bản, ai sửa, lúc nào), điểm trung bình");
        api.MapPut(Sheet + "/marks", async (Guid classId, Guid subjectId, int term, SaveMarksRequest request, HttpContext http, SaveMarks handler, CancellationToken ct) =>
            Answer(await handler.HandleAsync(http.User, classId, subjectId, term, request, ct)))
            .AddEndpointFilter<CookieWritesNeedAntiforgery>()
            .WithSummary("Lưu các ô đã sửa (mỗi ô kèm phiên bản đã thấy); ô đã bị người khác sửa trả về trong conflicts, các ô khác vẫn lưu");
        api.MapGet(Sheet + "/marks/history", async (Guid classId, Guid subjectId, int term, Guid? studentId, string? column, HttpContext http, MarkHistory handler, CancellationToken ct) =>
            Answer(await handler.HandleAsync(http.User, classId, subjectId, term, studentId, column, ct)))
            .WithSummary("Lịch sử một ô (hoặc cả trang) từ nhật ký: ai sửa, lúc nào, giá trị cũ, mới, lí do");
        api.MapPost(Sheet + "/complete", async (Guid classId, Guid subjectId, int term, HttpContext http, CompleteSheet handler, CancellationToken ct) =>
            Answer(await handler.HandleAsync(http.User, classId, subjectId, term, ct)))
            .AddEndpointFilter<CookieWritesNeedAntiforgery>()
            .WithSummary("Giáo viên đánh dấu sổ điểm đã nhập xong; từ chối khi còn học sinh chưa đủ điểm");
        api.MapGet("/my-sheets", async (HttpContext http, MySheets handler, CancellationToken ct) => Results.Ok(await handler.HandleAsync(http.User, ct)))
            .WithSummary("Các sổ điểm giáo viên đang đăng nhập được phân công, với số học sinh đã đủ điểm");
    }

    private static IResult Answer<T>((T? Value, Refusal? Refusal) outcome) => outcome switch
    {
        ({ } value, _) => Results.Ok(value),
        (_, { Status: StatusCodes.Status404NotFound } r) => Problems.NotFound(r.Message),
        (_, { Status: StatusCodes.Status403Forbidden } r) => Problems.Forbidden(r.Message),
        (_, { Status: StatusCodes.Status409Conflict } r) => Problems.Conflict(r.Message),
        (_, { Errors: { } errors }) => Problems.Validation(errors),
        _ => Results.Problem(statusCode: StatusCodes.Status500InternalServerError),
    };
}

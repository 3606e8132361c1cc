using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Gradebook.Evaluation;
using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.Gradebook.HomeroomResults;

internal static class HomeroomEndpoints
{
    private const string PeriodError = "Kì phải là hk1, hk2 hoặc year.";

    public static void MapHomeroomEndpoints(this RouteGroupBuilder api)
    {
        var results = api.MapGroup("/classes/{classId:guid}/results");
        results.MapGet("/", async (Guid classId, string? period, HttpContext http, ClassResultsQuery query, CancellationToken ct) =>
                ResultCodes.Period(period ?? "year") is { } p ? (await query.HandleAsync(http.User, classId, p, ct)).ToResult(Results.Ok) : Problems.Validation("period", PeriodError))
            .WithSummary("Kết quả của lớp theo kì (hk1, hk2, year): điểm trung bình, học tập, rèn luyện, lên lớp, khen thưởng, tổng hợp");
        results.MapPut("/conduct", (Guid classId, string? period, HomeroomEntries<ConductEntry> body, HttpContext http, RecordHomeroom h, CancellationToken ct) =>
                WithPeriod(period, p => h.ConductAsync(http.User, classId, p, body.Entries, ct)))
            .WithSummary("Giáo viên chủ nhiệm ghi kết quả rèn luyện học kì (Tot, Kha, Dat, ChuaDat) kèm nhận xét");
        results.MapPut("/absences", (Guid classId, string? period, HomeroomEntries<AbsenceEntry> body, HttpContext http, RecordHomeroom h, CancellationToken ct) =>
                WithPeriod(period, p => h.AbsencesAsync(http.User, classId, p, body.Entries, ct)))
            .WithSummary("Số buổi nghỉ học của từng học sinh trong kì");
        results.MapPut("/comments", (Guid classId, string? period, HomeroomEntries<CommentEntry> body, HttpContext http, RecordHomeroom h, CancellationToken ct) =>
                WithPeriod(period, p => h.CommentsAsync(http.User, classId, p, body.Entries, ct)))
            .WithSummary("Nhận xét của giáo viên chủ nhiệm");
        results.MapPut("/qualities", async (Guid classId, HomeroomEntries<QualitiesEntry> body, HttpContext http, RecordHomeroom h, CancellationToken ct) =>
                (await h.QualitiesAsync(http.User, classId, body.Entries, ct)).ToResult(Results.Ok))
            .WithSummary("Tiểu học (TT27): mức phẩm chất, năng lực cuối năm");
        results.MapPut("/summer", async (Guid classId, HomeroomEntries<SummerEntry> body, HttpContext http, RecordSummer h, CancellationToken ct) =>
                (await h.HandleAsync(http.User, classId, body.Entries, ct)).ToResult(Results.Ok))
            .WithSummary("Kết quả hè: rèn luyện đánh giá lại, điểm kiểm tra lại các môn trong danh sách");
        results.MapPost("/close", (Guid classId, string? period, HttpContext http, CloseHomeroom h, CancellationToken ct) =>
                WithPeriod(period, p => h.HandleAsync(http.User, classId, p, ct)))
            .WithSummary("Giáo viên chủ nhiệm tổng kết kì: từ chối khi sổ điểm môn chưa hoàn thành hoặc thiếu rèn luyện (liệt kê)");
    }

    private static async Task<IResult> WithPeriod<T>(string? period, Func<GradingPeriod, Task<GradebookOutcome<T>>> handle) =>
        ResultCodes.Period(period) is { } p ? (await handle(p)).ToResult(v => Results.Ok(v)) : Problems.Validation("period", PeriodError);
}

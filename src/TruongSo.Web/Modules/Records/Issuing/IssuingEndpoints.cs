using Microsoft.AspNetCore.Antiforgery;
using TruongSo.Web.Modules.Records.Archive.Data;
using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.Records.Issuing;

public sealed record SignRequest(SignatureStepRole? Role, string? Password);

public sealed record SigningJobView(Guid Id, Guid ClassId, SignatureStepRole Role, int Done, int Total, int Succeeded, IReadOnlyList<string> Problems,
    bool Finished, string? Failure)
{
    public static SigningJobView Of(SigningJob j) =>
        new(j.Id, j.ClassId, j.Role, j.Progress.Done, j.Progress.Total, j.Progress.Succeeded, j.Progress.Problems, j.Finished, j.Failure);
}

internal static class IssuingEndpoints
{
    public static void MapIssuingEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/classes/{classId:guid}/transcripts", async (Guid classId, HttpContext http, ClassTranscripts query, CancellationToken ct) =>
                await query.HandleAsync(http.User, classId, ct) is { } view
                    ? Results.Ok(new { view.Access.YearLocked, MaySign = view.Access.MaySign.Order(), view.Students })
                    : Problems.NotFound(IssuingGate.NotFound))
            .WithSummary("Học bạ của một lớp trong năm học: phiên bản mới nhất của từng học sinh và bước kí tiếp theo");
        api.MapPost("/classes/{classId:guid}/transcripts/sign", SignAsync)
            .WithSummary("Kí học bạ của cả lớp ở một bước (Homeroom, Principal, Seal) bằng khoá kí số của mình; chạy nền, trả về tiến trình");
        api.MapGet("/signing-jobs/{jobId:guid}", (Guid jobId, HttpContext http, SigningJobs jobs) =>
                jobs.Find(jobId, http.User) is { } job ? Results.Ok(SigningJobView.Of(job)) : Problems.NotFound("Không tìm thấy lượt kí này."))
            .WithSummary("Tiến trình một lượt kí cả lớp (chỉ người bắt đầu xem được)");
        api.MapGet("/documents/{documentId:guid}/{format:regex(^(pdf|xml)$)}", async (Guid documentId, string format, HttpContext http, DocumentFiles files, CancellationToken ct) =>
                await files.HandleAsync(http.User, documentId, format, ct) is { } file
                    ? Results.File(file.Bytes, format == "xml" ? "application/xml" : "application/pdf", file.FileName)
                    : Problems.NotFound("Không tìm thấy học bạ này, hoặc bạn không được xem."))
            .WithSummary("Tệp PDF hoặc XML của một học bạ, đúng từng byte như lưu trữ (nhà trường đang giữ hồ sơ và gia đình học sinh)");
        api.MapPost("/documents/{documentId:guid}/correction", async (Guid documentId, CorrectionRequest body, HttpContext http, CorrectTranscript handler, IAntiforgery antiforgery, CancellationToken ct) =>
                await CookieWithoutTokenAsync(http, antiforgery) ?? (await handler.CorrectAsync(http.User, documentId, body, ct)) switch
                {
                    ({ } created, _) => Results.Created($"/xac-thuc/{created.Id}", created),
                    (_, var refusal) => refusal!.ToProblem(),
                })
            .WithSummary("Lập phiên bản mới (đính chính) của học bạ đã ban hành, kèm lí do; phiên bản cũ còn hiệu lực đến khi bản mới được kí đủ");
        api.MapPost("/documents/{documentId:guid}/revocation", async (Guid documentId, RevocationRequest body, HttpContext http, CorrectTranscript handler, IAntiforgery antiforgery, CancellationToken ct) =>
                await CookieWithoutTokenAsync(http, antiforgery) ?? (await handler.RevokeAsync(http.User, documentId, body, ct)) switch
                {
                    ({ } revoked, _) => Results.Ok(revoked),
                    (_, var refusal) => refusal!.ToProblem(),
                })
            .WithSummary("Thu hồi học bạ đã ban hành, kèm lí do (trang xác thực công khai sẽ ghi rõ)");
    }

    /// <summary>A bearer client needs no anti-forgery token; a request signed by the cookie must carry the page's.</summary>
    private static async Task<IResult?> CookieWithoutTokenAsync(HttpContext http, IAntiforgery antiforgery) =>
        http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || await antiforgery.IsRequestValidAsync(http)
            ? null
            : Problems.Validation("RequestVerificationToken", "Thiếu mã chống giả mạo của trang hoặc mã đã hết hạn: hãy tải lại trang rồi thử lại.");

    private static async Task<IResult> SignAsync(Guid classId, SignRequest body, HttpContext http, StartSigning start, IAntiforgery antiforgery, CancellationToken ct)
    {
        if (await CookieWithoutTokenAsync(http, antiforgery) is { } refused)
        {
            return refused;
        }
        if (body.Role is not { } role || !Enum.IsDefined(role))
        {
            return Problems.Validation("role", "Hãy chọn bước kí: Homeroom (giáo viên chủ nhiệm), Principal (hiệu trưởng) hoặc Seal (con dấu của trường).");
        }
        var (job, refusal) = await start.HandleAsync(http.User, classId, role, body.Password, ct);
        return job is null ? refusal!.ToProblem() : Results.Accepted($"/api/v1/records/signing-jobs/{job.Id}", SigningJobView.Of(job));
    }
}

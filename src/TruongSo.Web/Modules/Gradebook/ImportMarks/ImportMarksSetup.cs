using Microsoft.AspNetCore.Http.Features;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Auth;
using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.Gradebook.ImportMarks;

/// <summary>POST the exported xlsx back (multipart, field "file"; optional "reason" for a reopened sheet). A refused file answers 400 with the report.</summary>
public static class ImportMarksSetup
{
    private const long MultipartOverhead = 64 * 1024;

    public static IServiceCollection AddImportMarks(this IServiceCollection services) => services.AddScoped<ImportMarks>();

    public static WebApplication MapImportMarks(this WebApplication app)
    {
        app.MapGroup("/api/v1/gradebook").WithTags("Sổ điểm").RequireAuthorization()
            .MapPost("/classes/{classId:guid}/subjects/{subjectId:guid}/terms/{term:int}/marks/import", ImportAsync)
            .AddEndpointFilter<CookieWritesNeedAntiforgery>()
            .WithSummary("Nhập điểm từ tệp xlsx xuất từ sổ điểm: kiểm tra từng dòng, có lỗi thì không ghi gì; ghi qua cùng quy trình lưu điểm của sổ");
        return app;
    }

    private static async Task<IResult> ImportAsync(Guid classId, Guid subjectId, int term, HttpContext http, ImportMarks handler, ISpreadsheetReader reader, CancellationToken ct)
    {
        var (file, reason, refusal) = await ReadUploadAsync(http, reader.MaxFileBytes, ct);
        if (file is null)
        {
            return refusal!;
        }
        await using var stream = file.OpenReadStream();
        return await handler.HandleAsync(http.User, classId, subjectId, term, stream, reason, ct) switch
        {
            ({ Written: true } report, _) => Results.Ok(report),
            ({ } report, _) => Results.BadRequest(report),
            (_, { Status: StatusCodes.Status403Forbidden } r) => Problems.Forbidden(r.Message),
            (_, { Status: StatusCodes.Status409Conflict } r) => Problems.Conflict(r.Message),
            (_, var r) => Problems.NotFound(r?.Message ?? "sổ điểm này"),
        };
    }

    /// <summary>The uploaded workbook, refused (413) before it is read when larger than Import:MaxFileBytes.</summary>
    public static async Task<(IFormFile? File, string? Reason, IResult? Refusal)> ReadUploadAsync(HttpContext http, long maxBytes, CancellationToken ct)
    {
        var max = maxBytes + MultipartOverhead;
        if (http.Request.ContentLength > max)
        {
            return (null, null, TooLarge(maxBytes));
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = max;
        }
        if (!http.Request.HasFormContentType)
        {
            return (null, null, Problems.Validation("file", "Hãy gửi tệp .xlsx trong trường 'file' của biểu mẫu multipart/form-data."));
        }
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = max, ValueCountLimit = 16 }, ct);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return (null, null, TooLarge(maxBytes));
        }
        return form.Files.GetFile("file") is { Length: > 0 } file
            ? file.Length > maxBytes ? (null, null, TooLarge(maxBytes)) : (file, form["reason"].ToString(), null)
            : (null, null, Problems.Validation("file", "Chưa chọn tệp: gửi tệp .xlsx trong trường 'file'."));
    }

    private static IResult TooLarge(long maxBytes) => Results.Problem(statusCode: 413, title: "Tệp quá lớn.",
        detail: $"Tệp vượt giới hạn {maxBytes / (1024 * 1024)} MB. Một trang sổ điểm chỉ cần vài chục kilobyte.", type: "https://truongso.vn/loi/tep-qua-lon");
}

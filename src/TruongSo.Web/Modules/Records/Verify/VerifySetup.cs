using Microsoft.AspNetCore.Http.Features;
using TruongSo.Web.Platform.Errors;
using TruongSo.Web.Platform.Web;

namespace TruongSo.Web.Modules.Records.Verify;

/// <summary>
/// Anyone, signed in or not, rate limited per client: GET /api/v1/records/verify/{id} and POST
/// /api/v1/records/verify (multipart, field "file", optional "documentId"); the page is /xac-thuc/{id}.
/// </summary>
public static class VerifySetup
{
    public static IServiceCollection AddRecordsVerify(this IServiceCollection services) => services.AddScoped<VerifyDocument>();

    public static WebApplication MapRecordsVerify(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/records/verify").WithTags("Xác thực học bạ").AllowAnonymous().RequireRateLimiting(RateLimits.PublicLookup);
        group.MapGet("/{id:guid}", async (Guid id, VerifyDocument verify, CancellationToken ct) =>
            await verify.LookupAsync(id, ct) is { } document ? Results.Ok(document) : Problems.NotFound("tài liệu này trong kho lưu trữ"))
            .WithSummary("Tình trạng của một tài liệu theo mã trên mã QR: hợp lệ, đã thay thế (kèm liên kết) hoặc đã thu hồi (kèm lí do), mã băm, trường, năm học, người ký");
        group.MapPost("/", CheckAsync)
            .WithSummary("Kiểm tra một tệp PDF với kho lưu trữ (trùng khớp từng byte) và kiểm tra chữ ký số của tệp");
        return app;
    }

    private static async Task<IResult> CheckAsync(HttpContext http, VerifyDocument verify, CancellationToken ct)
    {
        if (http.Request.ContentLength > VerifyDocument.MaxUploadBytes + 64 * 1024 || !http.Request.HasFormContentType)
        {
            return Problems.Validation("file", "Hãy gửi một tệp PDF (tối đa 20 MB) trong trường 'file' của biểu mẫu multipart/form-data.");
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = VerifyDocument.MaxUploadBytes + 64 * 1024;
        }
        var form = await http.Request.ReadFormAsync(ct);
        if (form.Files.GetFile("file") is not { Length: > 0 } file)
        {
            return Problems.Validation("file", "Chưa chọn tệp: gửi tệp PDF trong trường 'file'.");
        }
        var expected = Guid.TryParse(form["documentId"], out var id) ? id : (Guid?)null;
        var check = await verify.CheckUploadAsync(await ReadAsync(file, ct), expected, ct);
        return check.Verdict == UploadVerdict.NotPdf ? Problems.Validation("file", check.Message) : Results.Ok(check);
    }

    public static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream((int)Math.Min(file.Length, VerifyDocument.MaxUploadBytes));
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}

using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.Records.Transfer;

/// <summary>
/// GET /api/v1/records/students/{studentId}/export (the zip) and POST
/// /api/v1/records/schools/{schoolId}/students/{studentId}/import (multipart, field "file").
/// </summary>
public static class TransferSetup
{
    public static IServiceCollection AddRecordsTransfer(this IServiceCollection services) =>
        services.AddScoped<ExportStudentRecord>().AddScoped<ImportStudentRecord>().AddScoped<ReceivingSchools>();

    public static WebApplication MapRecordsTransfer(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/records").WithTags("Học bạ số").RequireAuthorization();
        group.MapGet("/students/{studentId:guid}/export", async (Guid studentId, HttpContext http, ExportStudentRecord export, CancellationToken ct) =>
            await export.HandleAsync(http.User, studentId, ct) is { } zip
                ? Results.File(zip.Zip, "application/zip", zip.FileName)
                : Problems.NotFound("hồ sơ học bạ của học sinh này"))
            .WithSummary("Tải toàn bộ học bạ số của một học sinh (mọi năm học, mọi phiên bản) thành một tệp zip có manifest, để chuyển trường");
        group.MapPost("/schools/{schoolId:guid}/students/{studentId:guid}/import", ImportAsync)
            .WithSummary("Trường nhận nhập hồ sơ học bạ số của học sinh chuyển đến: kiểm tra mã băm mọi tệp và chữ ký số; có lỗi thì không ghi gì");
        return app;
    }

    private static async Task<IResult> ImportAsync(Guid schoolId, Guid studentId, HttpContext http, ImportStudentRecord import, IAntiforgery antiforgery, CancellationToken ct)
    {
        // A browser's cookie must come with the page's token; a bearer token cannot be sent by another site.
        var bearer = http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        if (!bearer && !await antiforgery.IsRequestValidAsync(http))
        {
            return Problems.Validation("RequestVerificationToken", "Thiếu mã chống giả mạo của trang hoặc mã đã hết hạn: hãy tải lại trang rồi thử lại.");
        }
        if (http.Request.ContentLength > RecordPackage.MaxBytes || !http.Request.HasFormContentType)
        {
            return Problems.Validation("file", "Hãy gửi tệp zip hồ sơ học bạ (tối đa 200 MB) trong trường 'file' của biểu mẫu multipart/form-data.");
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = RecordPackage.MaxBytes;
        }
        var form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = RecordPackage.MaxBytes }, ct);
        if (form.Files.GetFile("file") is not { Length: > 0 } file)
        {
            return Problems.Validation("file", "Chưa chọn tệp: gửi tệp zip hồ sơ học bạ trong trường 'file'.");
        }
        await using var stream = new MemoryStream();
        await file.CopyToAsync(stream, ct);
        stream.Position = 0;
        return await import.HandleAsync(http.User, schoolId, studentId, stream, ct) switch
        {
            ({ Written: true } report, _) => Results.Ok(report),
            ({ } report, _) => Results.BadRequest(report),
            (_, ImportRefusal.Forbidden) => Problems.Forbidden("Chỉ hiệu trưởng hoặc văn thư của trường nhận được nhập hồ sơ học bạ."),
            _ => Problems.NotFound("học sinh này ở trường nhận (học sinh phải đang học một lớp của trường trong năm học này)"),
        };
    }
}

using Microsoft.AspNetCore.Antiforgery;
using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.Records.Signing.UploadKey;

internal static class SigningKeyEndpoints
{
    public static void MapSigningKeyEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/signing-keys", async (HttpContext http, SigningKeyList list, CancellationToken ct) => Results.Ok(await list.ForUserAsync(http.User, ct)))
            .WithSummary("Khoá ký số mà người dùng thấy được: khoá cá nhân của mình và con dấu của các trường mình được đóng dấu");
        api.MapPost("/signing-keys", UploadAsync).DisableAntiforgery()
            .WithSummary("Tải lên tệp PKCS#12 (multipart: file, password, kind = personal|seal, schoolId); kiểm tra mật khẩu, hạn, mục đích sử dụng khoá, chuỗi tin cậy, thu hồi");
    }

    private static async Task<IResult> UploadAsync(HttpContext http, UploadKey handler, IAntiforgery antiforgery, CancellationToken ct)
    {
        // A bearer client needs no anti-forgery token; a cookie-signed request must carry the page's.
        var bearer = http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        if (!bearer && !await antiforgery.IsRequestValidAsync(http))
        {
            return Problems.Validation("RequestVerificationToken", "Thiếu mã chống giả mạo của trang hoặc mã đã hết hạn: hãy tải lại trang rồi thử lại.");
        }
        if (http.Request.ContentLength > UploadKey.MaxBytes + 16384 || !http.Request.HasFormContentType)
        {
            return Problems.Validation("file", "Hãy gửi tệp chứng thư số PKCS#12 (.p12 hoặc .pfx, tối đa 256 KB) trong trường 'file' của biểu mẫu multipart/form-data.");
        }
        var form = await http.Request.ReadFormAsync(ct);
        var bytes = Array.Empty<byte>();
        if (form.Files.GetFile("file") is { Length: > 0 and <= UploadKey.MaxBytes } file)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            bytes = buffer.ToArray();
        }
        var input = new UploadKeyInput(form["kind"], Guid.TryParse(form["schoolId"], out var s) ? s : null, bytes, form["password"]);
        var result = await handler.HandleAsync(http.User, input, ct);
        return result switch
        {
            { Key: { } key } => Results.Created($"/api/v1/records/signing-keys/{key.Id}", key),
            { Forbidden: true } => Problems.Forbidden("Bạn không có quyền tải lên khoá ký này."),
            _ => Problems.Validation(result.Field!, result.Message!),
        };
    }
}

using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace TruongSo.Web.Platform.Errors;

/// <summary>
/// A body or parameter the framework cannot read is the client's mistake: 400 with the field the
/// JSON path points at, never a 500.
/// </summary>
internal sealed class BadRequestBodies : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }
        var field = (bad.InnerException as JsonException)?.Path is { Length: > 2 } path ? FieldOf(path) : null;
        var message = field is null
            ? "Không đọc được dữ liệu gửi lên; hãy kiểm tra định dạng JSON và các tham số."
            : $"Giá trị của trường '{field}' không đúng kiểu dữ liệu.";
        var problem = field is null
            ? Results.Problem(statusCode: bad.StatusCode, title: "Yêu cầu không hợp lệ.", detail: message)
            : Problems.Validation(field, message);
        http.Response.StatusCode = bad.StatusCode;
        await problem.ExecuteAsync(http);
        return true;
    }

    // "$.kind" → "kind"; "$.items[2].name" → "items[2].name"
    private static string FieldOf(string jsonPath) => jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath;
}

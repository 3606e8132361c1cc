using Microsoft.AspNetCore.Antiforgery;
using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Platform.Auth;

/// <summary>
/// A write through the API with the sign-in cookie (a page's script: the marks grid, the notification settings) must carry the page's
/// anti-forgery token in the RequestVerificationToken header, as a form post carries it in a field;
/// a bearer-token client needs none (another site cannot make a browser send a bearer token).
/// </summary>
internal sealed class CookieWritesNeedAntiforgery(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var bearer = http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        if (!bearer && !HttpMethods.IsGet(http.Request.Method) && !await antiforgery.IsRequestValidAsync(http))
        {
            return Problems.Validation("RequestVerificationToken", "Thiếu mã chống giả mạo của trang hoặc mã đã hết hạn: hãy tải lại trang rồi thử lại.");
        }
        return await next(context);
    }
}

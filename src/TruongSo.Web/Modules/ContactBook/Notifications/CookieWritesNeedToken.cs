using Microsoft.AspNetCore.Antiforgery;
using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.ContactBook.Notifications;

/// <summary>
/// A write through the API with the sign-in cookie must carry the page's anti-forgery token (the
/// RequestVerificationToken header); a bearer-token client needs none, as no other site can make
/// a browser send one.
/// </summary>
internal sealed class CookieWritesNeedToken(IAntiforgery antiforgery) : IEndpointFilter
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

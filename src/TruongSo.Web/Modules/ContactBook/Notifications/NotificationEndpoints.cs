using System.Security.Claims;
using TruongSo.Web.Modules.ContactBook.Notifications.Delivery;
using TruongSo.Web.Modules.ContactBook.Notifications.Inbox;
using TruongSo.Web.Modules.ContactBook.Notifications.Preferences;
using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.ContactBook.Notifications;

internal static class NotificationEndpoints
{
    public static void MapNotificationEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/", async (int? page, HttpContext http, MyNotifications inbox, CancellationToken ct) =>
                Results.Ok(await inbox.ListAsync(UserId(http), page ?? 1, ct)))
            .WithSummary("Thông báo của người đang đăng nhập, mới nhất trước, kèm số chưa đọc (mỗi thông báo một lần, không trùng)");
        api.MapPost("/{id:guid}/read", async (Guid id, HttpContext http, MyNotifications inbox, CancellationToken ct) =>
                await inbox.MarkReadAsync(UserId(http), id, ct) ? Results.NoContent() : Problems.NotFound("thông báo này"))
            .WithSummary("Đánh dấu một thông báo đã đọc");
        api.MapPost("/read-all", async (HttpContext http, MyNotifications inbox, CancellationToken ct) =>
            {
                await inbox.MarkReadAsync(UserId(http), null, ct);
                return Results.NoContent();
            })
            .WithSummary("Đánh dấu mọi thông báo đã đọc");
        api.MapGet("/preferences", async (HttpContext http, NotificationPreferences prefs, CancellationToken ct) =>
                Results.Ok(await prefs.GetAsync(UserId(http), ct)))
            .WithSummary("Các kênh nhận thông báo đã chọn (trong ứng dụng luôn bật; email, SMS, Zalo nếu nhà trường mở) và địa chỉ sẽ gửi đến");
        api.MapPut("/preferences", async (PreferencesInput body, HttpContext http, NotificationPreferences prefs, CancellationToken ct) =>
                await prefs.SaveAsync(UserId(http), body, ct) switch
                {
                    ({ } saved, _) => Results.Ok(saved),
                    (_, var errors) => Problems.Validation(errors),
                })
            .WithSummary("Chọn kênh nhận thông báo: email, sms, zalo (true/false); không thu phí theo tin nhắn");
        api.MapGet("/failed", async (HttpContext http, FailedNotices failed, CancellationToken ct) =>
                await failed.ListAsync(http.User, ct) is { } list ? Results.Ok(list) : Problems.Forbidden("Bạn không gửi thông báo cho trường nào."))
            .WithSummary("Thông báo đã hết số lần thử mà chưa gửi được (cho người gửi thông báo của trường)");
    }

    public static Guid UserId(HttpContext http) => Guid.Parse(http.User.FindFirstValue(ClaimTypes.NameIdentifier)!);
}

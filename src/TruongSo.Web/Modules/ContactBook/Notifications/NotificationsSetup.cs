using TruongSo.Web.Components;
using TruongSo.Web.Modules.ContactBook.Contracts;
using TruongSo.Web.Modules.ContactBook.Notifications.Delivery;
using TruongSo.Web.Modules.ContactBook.Notifications.Inbox;
using TruongSo.Web.Modules.ContactBook.Notifications.Preferences;
using TruongSo.Web.Platform.Auth;

namespace TruongSo.Web.Modules.ContactBook.Notifications;

/// <summary>The outbox behind INotifications, its delivery worker and channels, the in-app list and the choice of channels.</summary>
public static class NotificationsSetup
{
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddOptions<NotificationOptions>().BindConfiguration("Notifications");
        services.AddScoped<INotifications, Outbox>();
        services.AddScoped<Recipients>().AddScoped<DeliverMessage>().AddScoped<MyNotifications>()
            .AddScoped<NotificationPreferences>().AddScoped<FailedNotices>();
        services.AddSingleton<INotificationChannel, EmailChannel>();
        foreach (var name in new[] { Channels.Sms, Channels.Zalo })
        {
            services.AddSingleton<INotificationChannel>(sp => ActivatorUtilities.CreateInstance<WebhookChannel>(sp, name));
        }
        services.AddHttpClient(WebhookChannel.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddHostedService<NotificationWorker>();
        services.AddNavLink("Thông báo của tôi", "/thong-bao-cua-toi", "Thông báo gửi đến bạn: tin nhà trường, tin nhắn, điểm danh.", 880, [.. Navigation.Everyone]);
        services.AddNavLink("Thông báo chưa gửi được", "/thong-bao/that-bai", "Thông báo đã thử gửi nhiều lần mà không thành công.", 890,
            Access.Contracts.Roles.SystemAdmin, Access.Contracts.Roles.Principal, Access.Contracts.Roles.SchoolAdmin);
        return services;
    }

    public static WebApplication MapNotifications(this WebApplication app)
    {
        app.MapGroup("/api/v1/notifications").WithTags("Thông báo").RequireAuthorization()
            .AddEndpointFilter<CookieWritesNeedAntiforgery>().MapNotificationEndpoints();
        return app;
    }
}

using Microsoft.Extensions.DependencyInjection;
using TruongSo.Web.Modules.ContactBook.Contracts;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Tests.Infrastructure;

public static class NotificationsData
{
    /// <summary>Settings for an app whose worker polls often and retries at once, with SMTP and a webhook on loopback.</summary>
    public static Dictionary<string, string> FastNotifications(SmtpTestServer? smtp = null, WebhookReceiver? webhook = null, string secret = "bi-mat-chung")
    {
        var settings = new Dictionary<string, string>
        {
            ["Notifications:PollInterval"] = "00:00:00.05",
            ["Notifications:RetryDelay"] = "00:00:00.01",
            ["Notifications:MaxAttempts"] = "4",
            ["Notifications:PublicBaseUrl"] = "https://truongso.example",
        };
        if (smtp is not null)
        {
            settings["Notifications:Smtp:Host"] = "127.0.0.1";
            settings["Notifications:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings["Notifications:Smtp:From"] = "truong@truongso.example";
        }
        if (webhook is not null)
        {
            settings["Notifications:Webhook:Url"] = webhook.Url.ToString();
            settings["Notifications:Webhook:Secret"] = secret;
        }
        return settings;
    }

    /// <summary>Enqueues notices in one unit of work and commits it, as a module does with its change.</summary>
    public static Task EnqueueAsync(this TestApp app, params Notice[] notices) => app.WithServicesAsync(async sp =>
    {
        var outbox = sp.GetRequiredService<INotifications>();
        foreach (var notice in notices)
        {
            outbox.Enqueue(notice);
        }
        return await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
    });
}

namespace TruongSo.Web.Modules.ContactBook.Notifications;

/// <summary>Configuration section "Notifications".</summary>
public sealed class NotificationOptions
{
    /// <summary>Off only for tools that must not deliver (the worker runs in every `serve`).</summary>
    public bool WorkerEnabled { get; set; } = true;
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a claimed message belongs to one worker; longer than the slowest send.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>First retry after this; doubled each time, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);
    public int MaxAttempts { get; set; } = 8;
    public int BatchSize { get; set; } = 20;

    /// <summary>The app's public address, to turn a notice's link into a full URL in an email or text.</summary>
    public string? PublicBaseUrl { get; set; }
    public SmtpOptions Smtp { get; set; } = new();
    public WebhookOptions Webhook { get; set; } = new();

    public TimeSpan RetryAfter(int attempts) =>
        TimeSpan.FromTicks(Math.Min(MaxRetryDelay.Ticks, RetryDelay.Ticks * (1L << Math.Clamp(attempts - 1, 0, 30))));
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string From { get; set; } = "truongso@localhost";
    public string FromName { get; set; } = "TruongSo";
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public bool EnableSsl { get; set; }
}

/// <summary>An SMS or Zalo gateway reached by an HTTP POST signed with a shared secret.</summary>
public sealed class WebhookOptions
{
    public Uri? Url { get; set; }
    public string? Secret { get; set; }

    /// <summary>The channels this gateway carries, comma-separated.</summary>
    public string Channels { get; set; } = "sms,zalo";
}

namespace TruongSo.Web.Modules.ContactBook.Notifications;

/// <summary>The channel names users choose from; "in-app" is always on and needs no delivery.</summary>
public static class Channels
{
    public const string Email = "email";
    public const string Sms = "sms";
    public const string Zalo = "zalo";

    public static readonly string[] Outside = [Email, Sms, Zalo];
}

/// <summary>One notice on its way out of one channel to one address.</summary>
public sealed record OutgoingNotice(Guid NotificationId, string Channel, string To, string Subject, string Body, string? Link);

/// <summary>
/// A way out of the app (SMTP, an SMS or Zalo gateway's webhook). <see cref="SendAsync"/> throws
/// when the message was not accepted, and the worker retries later: delivery is at least once, so
/// a channel should pass <see cref="OutgoingNotice.NotificationId"/> on for the far end to dedupe.
/// </summary>
public interface INotificationChannel
{
    string Name { get; }

    /// <summary>Whether the operator configured this channel (an SMTP host, a gateway URL).</summary>
    bool IsConfigured { get; }

    /// <summary>True when it writes to the recipient's email address, false for their phone number.</summary>
    bool UsesEmail { get; }

    Task SendAsync(OutgoingNotice notice, CancellationToken ct);
}

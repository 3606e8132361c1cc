namespace TruongSo.Tests.Browser;

/// <summary>
/// A <see cref="BrowserApp"/> whose notification worker sends email to an SMTP server on loopback
/// and polls every 50 ms, so a journey can wait for a parent's email. Only the tests that read
/// mail use it; the others keep the plain app and its quiet worker.
/// </summary>
public sealed class MailingBrowserApp : BrowserApp
{
    public MailingBrowserApp()
        : this(new SmtpTestServer())
    {
    }

    private MailingBrowserApp(SmtpTestServer smtp)
        : base(NotificationsData.FastNotifications(smtp)) => Smtp = smtp;

    public SmtpTestServer Smtp { get; }

    /// <summary>The mails the server holds for that address, as they arrived.</summary>
    public ReceivedMail[] MailsTo(string address) => [.. Smtp.Received.Where(m => m.To.Contains(address, StringComparer.OrdinalIgnoreCase))];

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

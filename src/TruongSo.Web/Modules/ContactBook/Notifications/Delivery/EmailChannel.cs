using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;

namespace TruongSo.Web.Modules.ContactBook.Notifications.Delivery;

/// <summary>
/// Email over SMTP with System.Net.Mail (MailKit is not available here). Subject and body are
/// UTF-8 (the subject as an RFC 2047 encoded word, the body base64) so Vietnamese arrives intact.
/// A 4xx or 5xx reply throws SmtpException and the worker tries again later.
/// </summary>
internal sealed class EmailChannel(IOptions<NotificationOptions> options) : INotificationChannel
{
    private SmtpOptions Smtp => options.Value.Smtp;

    public string Name => Channels.Email;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Smtp.Host);

    public bool UsesEmail => true;

    public async Task SendAsync(OutgoingNotice notice, CancellationToken ct)
    {
        using var message = new MailMessage
        {
            From = new MailAddress(Smtp.From, Smtp.FromName, Encoding.UTF8),
            Subject = notice.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            Body = NoticeText.Body(notice, options.Value.PublicBaseUrl),
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.Base64,
        };
        message.To.Add(new MailAddress(notice.To));
        // The far end (or a person) can tell a retried message from a new one.
        message.Headers.Add("Message-ID", $"<{notice.NotificationId:N}@truongso>");
        using var client = new SmtpClient(Smtp.Host!, Smtp.Port)
        {
            EnableSsl = Smtp.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = 30_000,
        };
        if (!string.IsNullOrEmpty(Smtp.UserName))
        {
            client.Credentials = new NetworkCredential(Smtp.UserName, Smtp.Password);
        }
        await client.SendMailAsync(message, ct);
    }
}

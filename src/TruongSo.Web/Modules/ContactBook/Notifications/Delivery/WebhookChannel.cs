using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace TruongSo.Web.Modules.ContactBook.Notifications.Delivery;

/// <summary>
/// An SMS or Zalo gateway behind an HTTP webhook: a JSON POST signed with the shared secret
/// (X-TruongSo-Signature: sha256=HMAC(secret, "{timestamp}.{body}")), so the gateway can refuse
/// forgeries and replays. Idempotency-Key lets it drop the repeats that at-least-once delivery
/// allows. Any status but 2xx is a failure to retry. The product adds no fee of its own.
/// </summary>
internal sealed class WebhookChannel(string name, IHttpClientFactory clients, IOptions<NotificationOptions> options, TimeProvider time) : INotificationChannel
{
    public const string SignatureHeader = "X-TruongSo-Signature";
    public const string TimestampHeader = "X-TruongSo-Timestamp";
    public const string HttpClientName = "notifications-webhook";

    private WebhookOptions Webhook => options.Value.Webhook;

    public string Name => name;

    public bool IsConfigured => Webhook.Url is not null
        && Webhook.Channels.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Contains(name, StringComparer.OrdinalIgnoreCase);

    public bool UsesEmail => false;

    public async Task SendAsync(OutgoingNotice notice, CancellationToken ct)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            id = notice.NotificationId, channel = notice.Channel, to = notice.To, subject = notice.Subject,
            text = NoticeText.Body(notice, options.Value.PublicBaseUrl), link = NoticeText.Absolute(notice.Link, options.Value.PublicBaseUrl),
        });
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, Webhook.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        request.Headers.Add(TimestampHeader, timestamp);
        request.Headers.Add(SignatureHeader, "sha256=" + Sign(Webhook.Secret ?? "", timestamp, body));
        request.Headers.Add("Idempotency-Key", $"{notice.NotificationId:N}-{notice.Channel}");
        using var response = await clients.CreateClient(HttpClientName).SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Cổng {name} trả lời {(int)response.StatusCode} {response.ReasonPhrase}.", null, response.StatusCode);
        }
    }

    /// <summary>Lower-case hex HMAC-SHA256 of "{timestamp}.{body}": what a gateway recomputes to check a call.</summary>
    public static string Sign(string secret, string timestamp, byte[] body)
    {
        var signed = Encoding.UTF8.GetBytes(timestamp + ".").Concat(body).ToArray();
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }
}

using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;

namespace TruongSo.Web.Modules.Records.Signing.Cms;

/// <summary>
/// RFC 3161 time-stamps from the service at Records:TimestampUrl (none configured: no timestamp,
/// the signature is PAdES B-B). The token covers the signature value (ETSI EN 319 122-1 §5.3).
/// </summary>
public sealed class TimestampClient(IHttpClientFactory http, IConfiguration configuration)
{
    public const string HttpClientName = "records-tsa";

    public bool Configured => !string.IsNullOrWhiteSpace(configuration["Records:TimestampUrl"]);

    /// <summary>The DER TimeStampToken (a CMS ContentInfo) over SHA-256 of the data.</summary>
    public async Task<byte[]> StampAsync(ReadOnlyMemory<byte> data, CancellationToken ct)
    {
        var request = Rfc3161TimestampRequest.CreateFromData(data.Span, HashAlgorithmName.SHA256, requestSignerCertificates: true, nonce: RandomNumberGenerator.GetBytes(8));
        using var body = new ByteArrayContent(request.Encode());
        body.Headers.ContentType = new MediaTypeHeaderValue("application/timestamp-query");
        try
        {
            using var client = http.CreateClient(HttpClientName);
            using var response = await client.PostAsync(new Uri(configuration["Records:TimestampUrl"]!), body, ct);
            response.EnsureSuccessStatusCode();
            var token = request.ProcessResponse(await response.Content.ReadAsByteArrayAsync(ct), out _);
            return token.AsSignedCms().Encode();
        }
        catch (Exception e) when (e is HttpRequestException or CryptographicException or TaskCanceledException)
        {
            throw new SigningRefusedException($"Không lấy được dấu thời gian từ máy chủ cấp dấu thời gian ({e.Message}). Chưa có chữ ký nào được thêm.", "timestamp");
        }
    }
}

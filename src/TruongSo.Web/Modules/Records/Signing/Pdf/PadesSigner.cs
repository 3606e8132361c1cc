using TruongSo.Web.Modules.Records.Signing.Cms;
using TruongSo.Web.Platform.Time;

namespace TruongSo.Web.Modules.Records.Signing.Pdf;

/// <summary>
/// Adds a PAdES baseline signature (B-B, or B-T when Records:TimestampUrl is set) to any PDF as an
/// incremental update, so that every earlier signature still covers exactly what it signed.
/// The input bytes are never changed; the signed file is returned.
/// </summary>
public sealed class PadesSigner(TimestampClient timestamps, TimeProvider clock)
{
    /// <summary>Adds one signature. Throws <see cref="SigningRefusedException"/> for a file that is not a readable, unencrypted PDF.</summary>
    public async Task<byte[]> SignAsync(byte[] pdf, ISigningCredential credential, PdfSignatureRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(request);
        var at = request.SigningTime ?? SchoolDay.Now(clock);
        SignatureUpdate update;
        try
        {
            update = SignatureUpdate.Prepare(pdf, request, credential.Certificate.GetNameInfo(System.Security.Cryptography.X509Certificates.X509NameType.SimpleName, false), at, ReservedSize(credential));
        }
        catch (Exception e) when (e is PdfFormatException or FormatException or InvalidCastException or IndexOutOfRangeException or ArgumentException or InvalidDataException)
        {
            throw new SigningRefusedException("Tệp không phải là PDF hợp lệ hoặc đã bị hỏng; không thể ký.", "document");
        }
        var signedBytes = update.FixByteRange();
        var cms = await new CadesBuilder(timestamps).BuildAsync(signedBytes, credential, ct);
        update.FillContents(cms);
        return update.Bytes;
    }

    // Room for the CMS: certificates, a 4096-bit signature, attributes, and a timestamp token with its TSA chain.
    private int ReservedSize(ISigningCredential credential) =>
        credential.Certificate.RawData.Length + credential.Chain.Sum(c => c.RawData.Length) + 3000 + (timestamps.Configured ? 12000 : 0);
}

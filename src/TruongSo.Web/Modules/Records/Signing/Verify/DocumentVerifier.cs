using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using TruongSo.Web.Modules.Records.Signing.Cms;
using TruongSo.Web.Modules.Records.Signing.Pdf;
using TruongSo.Web.Modules.Records.Signing.Trust;

namespace TruongSo.Web.Modules.Records.Signing.Verify;

/// <summary>
/// Checks signed học bạ files as a stranger would: each PDF signature's integrity over its byte
/// range, whether it covers the whole file, the signer's certificate chain to the trust anchors,
/// revocation and key usage at the signing time; and the XML's enveloped signature. Never throws
/// for a bad file: the verdict says what is wrong.
/// </summary>
public sealed partial class DocumentVerifier(CertificateChecks checks, TimeProvider clock)
{
    public PdfVerification VerifyPdf(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        List<PdfSignatureReader.RawSignature> raw;
        try
        {
            raw = PdfSignatureReader.Read(PdfFile.Open(pdf));
        }
        catch (Exception e) when (e is PdfFormatException or FormatException or InvalidCastException or IndexOutOfRangeException or ArgumentException or InvalidDataException or OverflowException)
        {
            return new PdfVerification([], "Tệp không phải là PDF hợp lệ hoặc đã bị hỏng.");
        }
        return new PdfVerification([.. raw.Select(s => VerifyOne(pdf, s))]);
    }

    private SignatureVerification VerifyOne(byte[] pdf, PdfSignatureReader.RawSignature raw)
    {
        var problems = new List<string>();
        var r = raw.ByteRange;
        var rangeOk = PdfSignatureReader.GapIsContents(pdf, r);
        var covers = rangeOk && r[2] + r[3] == pdf.Length;
        var claimed = PdfText.ParseDate(PdfText.Decode(raw.Dict["M"]));
        var subFilter = (raw.Dict["SubFilter"] as PdfName)?.Value ?? "";
        var cms = new SignedCms();
        X509Certificate2? signer = null;
        var integrity = false;
        DateTimeOffset? stamped = null;
        try
        {
            cms = new SignedCms(new ContentInfo(rangeOk ? [.. pdf.AsSpan(0, (int)r[1]), .. pdf.AsSpan((int)r[2], (int)r[3])] : []), detached: true);
            cms.Decode(raw.Contents);
            signer = cms.SignerInfos[0].Certificate;
            cms.CheckSignature(verifySignatureOnly: true);
            integrity = rangeOk && SigningCertificateMatches(cms.SignerInfos[0]);
            stamped = Timestamp(cms.SignerInfos[0], problems);
        }
        catch (CryptographicException)
        {
            integrity = false;
        }
        if (!rangeOk)
        {
            problems.Add("Vùng dữ liệu được ký (/ByteRange) không hợp lệ.");
        }
        else if (!integrity)
        {
            problems.Add(signer is null ? "Không đọc được chữ ký số." : "Nội dung đã bị thay đổi sau khi ký: chữ ký không khớp với dữ liệu.");
        }
        var status = signer is null ? null : checks.Check(signer, cms.Certificates, stamped ?? claimed ?? clock.GetUtcNow());
        problems.AddRange(status?.Problems ?? []);
        return new SignatureVerification(raw.FieldName, subFilter, signer?.GetNameInfo(X509NameType.SimpleName, false), signer?.Subject,
            signer?.Thumbprint, PdfText.Decode(raw.Dict["Reason"]), PdfText.Decode(raw.Dict["Location"]), claimed, stamped,
            integrity, covers, status?.Trusted ?? false, status?.RevokedAt is not null, status?.SigningKeyUsage ?? false, problems);
    }

    /// <summary>ESS signing-certificate-v2 (when present) must name the certificate that signed: RFC 5035 substitution protection.</summary>
    private static bool SigningCertificateMatches(SignerInfo info)
    {
        var attribute = info.SignedAttributes.Cast<CryptographicAttributeObject>().FirstOrDefault(a => a.Oid.Value == CadesBuilder.SigningCertificateV2Oid);
        if (attribute is null || info.Certificate is null)
        {
            return true;
        }
        var expected = SHA256.HashData(info.Certificate.RawData);
        return attribute.Values[0].RawData.AsSpan().IndexOf(expected) >= 0;
    }

    private static DateTimeOffset? Timestamp(SignerInfo info, List<string> problems)
    {
        var attribute = info.UnsignedAttributes.Cast<CryptographicAttributeObject>().FirstOrDefault(a => a.Oid.Value == CadesBuilder.TimestampTokenOid);
        if (attribute is null)
        {
            return null;
        }
        if (Rfc3161TimestampToken.TryDecode(attribute.Values[0].RawData, out var token, out _) && token.VerifySignatureForSignerInfo(info, out _))
        {
            return token.TokenInfo.Timestamp;
        }
        problems.Add("Dấu thời gian kèm theo chữ ký không hợp lệ.");
        return null;
    }
}

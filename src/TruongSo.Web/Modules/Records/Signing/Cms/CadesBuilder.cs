using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace TruongSo.Web.Modules.Records.Signing.Cms;

/// <summary>
/// The CMS SignedData of a PAdES baseline B signature (ETSI EN 319 142-1 §5.1, EN 319 122-1):
/// detached, SHA-256, signed attributes content-type, message-digest and ESS
/// signing-certificate-v2, and no signing-time attribute (the PDF's /M holds the claimed time).
/// With a TSA, an RFC 3161 token over the signature value goes in as an unsigned attribute (B-T).
/// </summary>
internal sealed class CadesBuilder(TimestampClient timestamps)
{
    public const string SigningCertificateV2Oid = "1.2.840.113549.1.9.16.2.47";
    public const string TimestampTokenOid = "1.2.840.113549.1.9.16.2.14";
    private static readonly Oid Sha256 = new("2.16.840.1.101.3.4.2.1");

    public async Task<byte[]> BuildAsync(byte[] content, ISigningCredential credential, CancellationToken ct)
    {
        using var key = new CredentialRsa(credential, ct);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, credential.Certificate, key)
        {
            DigestAlgorithm = Sha256,
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.Certificates.AddRange(credential.Chain.ToArray());
        // SignedCms adds content-type and message-digest itself once any signed attribute is present.
        signer.SignedAttributes.Add(new AsnEncodedData(SigningCertificateV2Oid, SigningCertificateV2(credential.Certificate)));
        var cms = new SignedCms(new ContentInfo(content), detached: true);
        // A remote credential may block while the signer confirms; keep that off the caller's thread.
        await Task.Run(() => cms.ComputeSignature(signer, silent: true), ct);
        if (timestamps.Configured)
        {
            var token = await timestamps.StampAsync(cms.SignerInfos[0].GetSignature(), ct);
            cms.SignerInfos[0].AddUnsignedAttribute(new AsnEncodedData(TimestampTokenOid, token));
        }
        return cms.Encode();
    }

    /// <summary>SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 } (RFC 5035), hash algorithm left at its SHA-256 default.</summary>
    internal static byte[] SigningCertificateV2(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
        using (writer.PushSequence())
        {
            writer.WriteOctetString(SHA256.HashData(certificate.RawData));
            using (writer.PushSequence())
            {
                using (writer.PushSequence())
                {
                    var name = new Asn1Tag(TagClass.ContextSpecific, 4, isConstructed: true);
                    using (writer.PushSequence(name))
                    {
                        writer.WriteEncodedValue(certificate.IssuerName.RawData);
                    }
                }
                writer.WriteIntegerUnsigned(certificate.SerialNumberBytes.Span);
            }
        }
        return writer.Encode();
    }
}

using System.Formats.Asn1;
using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TruongSo.Web.Modules.Records.Signing.Trust;

/// <summary>A CRL (RFC 5280 §5), PEM or DER: who issued it and which serial numbers it revokes when.</summary>
public sealed class RevocationList
{
    private readonly byte[] tbs;
    private readonly byte[] signature;
    private readonly string signatureOid;

    private RevocationList(byte[] der)
    {
        var outer = new AsnReader(der, AsnEncodingRules.DER).ReadSequence();
        tbs = outer.ReadEncodedValue().ToArray();
        signatureOid = outer.ReadSequence().ReadObjectIdentifier();
        signature = outer.ReadBitString(out _);
        var list = new AsnReader(tbs, AsnEncodingRules.DER).ReadSequence();
        if (list.PeekTag().HasSameClassAndValue(Asn1Tag.Integer))
        {
            list.ReadInteger();
        }
        list.ReadSequence();
        Issuer = new X500DistinguishedName(list.ReadEncodedValue().Span);
        ReadTime(list);
        if (list.HasData && !list.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence))
        {
            ReadTime(list);
        }
        if (list.HasData && list.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence))
        {
            var entries = list.ReadSequence();
            while (entries.HasData)
            {
                var entry = entries.ReadSequence();
                Revoked[entry.ReadInteger()] = ReadTime(entry);
            }
        }
    }

    public X500DistinguishedName Issuer { get; }

    public Dictionary<BigInteger, DateTimeOffset> Revoked { get; } = [];

    public static RevocationList? Read(string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            var text = System.Text.Encoding.ASCII.GetString(bytes);
            return new RevocationList(text.Contains("-----BEGIN X509 CRL-----", StringComparison.Ordinal) ? PemEncoding.Find(text) is var pem ? Convert.FromBase64String(text[pem.Base64Data]) : bytes : bytes);
        }
        catch (Exception e) when (e is AsnContentException or IOException or FormatException or CryptographicException or ArgumentException)
        {
            return null; // an unreadable CRL revokes nothing; the file is the operator's to fix
        }
    }

    /// <summary>When the certificate was revoked, if this list is its issuer's (signature checked) and names it.</summary>
    public DateTimeOffset? RevokedAt(X509Certificate2 certificate, X509Certificate2 issuer)
    {
        if (!certificate.IssuerName.RawData.AsSpan().SequenceEqual(Issuer.RawData) || !SignedBy(issuer))
        {
            return null;
        }
        var serial = new BigInteger(certificate.SerialNumberBytes.Span, isUnsigned: false, isBigEndian: true);
        return Revoked.TryGetValue(serial, out var at) ? at : null;
    }

    private bool SignedBy(X509Certificate2 issuer)
    {
        using var rsa = issuer.GetRSAPublicKey();
        var hash = signatureOid switch
        {
            "1.2.840.113549.1.1.11" => HashAlgorithmName.SHA256,
            "1.2.840.113549.1.1.12" => HashAlgorithmName.SHA384,
            "1.2.840.113549.1.1.13" => HashAlgorithmName.SHA512,
            "1.2.840.113549.1.1.5" => HashAlgorithmName.SHA1,
            _ => default,
        };
        return rsa is not null && hash != default && rsa.VerifyData(tbs, signature, hash, RSASignaturePadding.Pkcs1);
    }

    private static DateTimeOffset ReadTime(AsnReader reader) =>
        reader.PeekTag().HasSameClassAndValue(Asn1Tag.UtcTime) ? reader.ReadUtcTime() : reader.ReadGeneralizedTime();
}

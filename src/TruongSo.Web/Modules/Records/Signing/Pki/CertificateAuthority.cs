using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TruongSo.Web.Modules.Records.Signing.Pki;

/// <summary>
/// A small certificate authority for the demo and for tests: a root, personal and seal
/// certificates with the key usages a Vietnamese CA puts on signing certificates
/// (digitalSignature + nonRepudiation), and a CRL. Not for production keys.
/// </summary>
public sealed class CertificateAuthority(X509Certificate2 root) : IDisposable
{
    public X509Certificate2 Root => root;

    public static CertificateAuthority Create(string commonName, DateTimeOffset now)
    {
        using var key = RSA.Create(3072);
        var request = new CertificateRequest($"CN={commonName}, O=TruongSo Demo, C=VN", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return new CertificateAuthority(request.CreateSelfSigned(now.AddYears(-3), now.AddYears(20)) /* back-dated so that tests can issue already-expired certificates */);
    }

    /// <summary>A signing certificate with its private key, as a PKCS#12 file protected by the password.</summary>
    public byte[] IssuePkcs12(string subject, string password, DateTimeOffset notBefore, DateTimeOffset notAfter,
        X509KeyUsageFlags usage = X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation)
    {
        using var cert = Issue(subject, notBefore, notAfter, usage);
        var collection = new X509Certificate2Collection { cert, X509CertificateLoader.LoadCertificate(root.RawData) };
        return collection.Export(X509ContentType.Pkcs12, password)!;
    }

    public X509Certificate2 Issue(string subject, DateTimeOffset notBefore, DateTimeOffset notAfter, X509KeyUsageFlags usage)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        if (usage != X509KeyUsageFlags.None)
        {
            request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, true));
        }
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.4")], false)); // emailProtection, as VN CAs issue
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(root, true, false));
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        using var issued = request.Create(root, notBefore, notAfter, serial);
        return issued.CopyWithPrivateKey(key);
    }

    /// <summary>A CRL (DER) listing the given serial numbers as revoked.</summary>
    public byte[] Crl(IEnumerable<byte[]> revokedSerials, DateTimeOffset now, BigInteger number)
    {
        var builder = new CertificateRevocationListBuilder();
        foreach (var serial in revokedSerials)
        {
            builder.AddEntry(serial, now.AddMinutes(-1), X509RevocationReason.KeyCompromise);
        }
        return builder.Build(root, number, now.AddDays(30), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1, now.AddMinutes(-1));
    }

    public void Dispose() => root.Dispose();
}

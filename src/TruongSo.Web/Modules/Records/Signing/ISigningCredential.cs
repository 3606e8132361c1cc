using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TruongSo.Web.Modules.Records.Signing;

/// <summary>
/// The one signing interface: a certificate and a way to sign a digest with its private key.
/// A local PKCS#12 file (<see cref="Pkcs12Credential"/>) implements it today; a Vietnamese CA's
/// remote-signing service (the key in the CA's HSM, confirmed on the signer's phone) implements
/// it by sending the digest and awaiting the signature. Everything above — PAdES, XML-DSig — only
/// ever sees this interface.
/// </summary>
public interface ISigningCredential : IDisposable
{
    /// <summary>The signer's certificate (RSA key).</summary>
    X509Certificate2 Certificate { get; }

    /// <summary>Issuing CA certificates to embed so that verifiers can build the chain.</summary>
    IReadOnlyList<X509Certificate2> Chain { get; }

    /// <summary>An RSASSA-PKCS1-v1_5 signature over an already computed digest.</summary>
    Task<byte[]> SignDigestAsync(byte[] digest, HashAlgorithmName hash, CancellationToken ct);
}

/// <summary>A key held here: the certificate with its private key, unlocked from a PKCS#12 file for one signing session.</summary>
public sealed class Pkcs12Credential(X509Certificate2 certificate, IReadOnlyList<X509Certificate2> chain) : ISigningCredential
{
    private readonly RSA key = certificate.GetRSAPrivateKey() ?? throw new ArgumentException("certificate has no RSA private key", nameof(certificate));

    public X509Certificate2 Certificate => certificate;

    public IReadOnlyList<X509Certificate2> Chain => chain;

    public Task<byte[]> SignDigestAsync(byte[] digest, HashAlgorithmName hash, CancellationToken ct) =>
        Task.FromResult(key.SignHash(digest, hash, RSASignaturePadding.Pkcs1));

    public void Dispose()
    {
        key.Dispose();
        certificate.Dispose();
        foreach (var c in chain)
        {
            c.Dispose();
        }
    }
}

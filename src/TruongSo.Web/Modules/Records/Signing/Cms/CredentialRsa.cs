using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TruongSo.Web.Modules.Records.Signing.Cms;

/// <summary>
/// An RSA "key" whose only private operation is handing the digest to an <see cref="ISigningCredential"/>,
/// so that SignedCms and SignedXml can build their structures around a key they never hold (a
/// remote-signing service). They call SignHash synchronously; callers run them off the request thread.
/// </summary>
internal sealed class CredentialRsa : RSA
{
    private readonly ISigningCredential credential;
    private readonly RSA publicKey;
    private readonly CancellationToken ct;

    public CredentialRsa(ISigningCredential credential, CancellationToken ct)
    {
        this.credential = credential;
        this.ct = ct;
        publicKey = credential.Certificate.GetRSAPublicKey() ?? throw new SigningRefusedException("Chứng thư số không dùng khoá RSA; hệ thống chỉ hỗ trợ khoá RSA.");
        KeySizeValue = publicKey.KeySize;
        LegalKeySizesValue = publicKey.LegalKeySizes;
    }

    public override byte[] SignHash(byte[] hash, HashAlgorithmName hashAlgorithm, RSASignaturePadding padding) =>
        padding != RSASignaturePadding.Pkcs1
            ? throw new CryptographicException("only PKCS#1 v1.5 signatures")
            : credential.SignDigestAsync(hash, hashAlgorithm, ct).GetAwaiter().GetResult();

    public override bool VerifyHash(byte[] hash, byte[] signature, HashAlgorithmName hashAlgorithm, RSASignaturePadding padding) =>
        publicKey.VerifyHash(hash, signature, hashAlgorithm, padding);

    public override RSAParameters ExportParameters(bool includePrivateParameters) =>
        includePrivateParameters ? throw new CryptographicException("the private key is not here") : publicKey.ExportParameters(false);

    public override void ImportParameters(RSAParameters parameters) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            publicKey.Dispose();
        }
        base.Dispose(disposing);
    }
}

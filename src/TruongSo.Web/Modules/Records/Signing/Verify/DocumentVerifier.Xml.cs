using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using TruongSo.Web.Modules.Records.Signing.Xml;

namespace TruongSo.Web.Modules.Records.Signing.Verify;

public sealed partial class DocumentVerifier
{
    /// <summary>The enveloped signature of the root element; the certificate is checked as for PDFs, at the given time (the PDF signature's, say) or now.</summary>
    public XmlVerification VerifyXml(byte[] xml, DateTimeOffset? at = null)
    {
        XmlDocument doc;
        try
        {
            doc = XmlDsigSigner.Load(xml);
        }
        catch (SigningRefusedException e)
        {
            return new XmlVerification(false, null, null, null, false, false, [e.Message]);
        }
        var signatures = doc.DocumentElement!.GetElementsByTagName("Signature", SignedXml.XmlDsigNamespaceUrl);
        if (signatures.Count != 1 || signatures[0]!.ParentNode != doc.DocumentElement)
        {
            return new XmlVerification(false, null, null, null, false, false, ["Tệp XML không có đúng một chữ ký số bao trong (enveloped) ở phần tử gốc."]);
        }
        var signed = new SignedXml(doc);
        var problems = new List<string>();
        X509Certificate2? signer = null;
        var chain = new List<X509Certificate2>();
        var integrity = false;
        try
        {
            signed.LoadXml((XmlElement)signatures[0]!);
            chain = [.. signed.KeyInfo.OfType<KeyInfoX509Data>().SelectMany(d => d.Certificates?.Cast<X509Certificate2>() ?? [])];
            signer = chain.FirstOrDefault();
            integrity = signer is not null && WholeDocumentReferenced(signed) && signed.CheckSignature(signer, verifySignatureOnly: true);
        }
        catch (CryptographicException)
        {
            integrity = false;
        }
        if (!integrity)
        {
            problems.Add(signer is null ? "Không đọc được chữ ký số hoặc chứng thư số trong tệp XML." : "Nội dung XML đã bị thay đổi sau khi ký: chữ ký không khớp.");
        }
        var status = signer is null ? null : checks.Check(signer, chain, at ?? clock.GetUtcNow());
        problems.AddRange(status?.Problems ?? []);
        return new XmlVerification(true, signer?.GetNameInfo(X509NameType.SimpleName, false), signer?.Subject, signer?.Thumbprint, integrity, status?.Trusted ?? false, problems);
    }

    // An enveloped signature must cover the whole document (URI ""), not some fragment of it.
    private static bool WholeDocumentReferenced(SignedXml signed) =>
        signed.SignedInfo!.References.Count == 1 && signed.SignedInfo.References[0] is Reference { Uri: "" };
}

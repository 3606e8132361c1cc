using System.Security.Cryptography.Xml;
using System.Text;
using System.Xml;
using TruongSo.Web.Modules.Records.Signing.Cms;

namespace TruongSo.Web.Modules.Records.Signing.Xml;

/// <summary>
/// An enveloped XML-DSig signature (RSA-SHA256, exclusive C14N, the certificate in X509Data) as
/// the last child of the root element; xmlsec1 verifies it (standards.md §3). The document is
/// read and written with whitespace preserved, UTF-8 without BOM.
/// </summary>
public sealed class XmlDsigSigner
{
    public async Task<byte[]> SignAsync(byte[] xml, ISigningCredential credential, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var doc = Load(xml);
        using var key = new CredentialRsa(credential, ct);
        var signed = new SignedXml(doc) { SigningKey = key };
        signed.SignedInfo!.SignatureMethod = SignedXml.XmlDsigRSASHA256Url;
        signed.SignedInfo.CanonicalizationMethod = SignedXml.XmlDsigExcC14NTransformUrl;
        var reference = new Reference("") { DigestMethod = SignedXml.XmlDsigSHA256Url };
        reference.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        reference.AddTransform(new XmlDsigExcC14NTransform());
        signed.AddReference(reference);
        var keyInfo = new KeyInfo();
        var data = new KeyInfoX509Data(credential.Certificate);
        foreach (var issuer in credential.Chain)
        {
            data.AddCertificate(issuer);
        }
        keyInfo.AddClause(data);
        signed.KeyInfo = keyInfo;
        await Task.Run(signed.ComputeSignature, ct);
        doc.DocumentElement!.AppendChild(doc.ImportNode(signed.GetXml(), deep: true));
        return Save(doc);
    }

    internal static XmlDocument Load(byte[] xml)
    {
        var doc = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            doc.Load(reader);
        }
        catch (XmlException)
        {
            throw new SigningRefusedException("Tệp XML không hợp lệ; không thể ký hay kiểm tra.", "document");
        }
        return doc.DocumentElement is null ? throw new SigningRefusedException("Tệp XML trống.", "document") : doc;
    }

    private static byte[] Save(XmlDocument doc)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            doc.Save(writer);
        }
        return stream.ToArray();
    }
}

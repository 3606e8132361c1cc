using System.Text;
using TruongSo.Web.Modules.Records.Signing.Xml;

namespace TruongSo.Tests.Modules.Records.Signing;

/// <summary>The enveloped XML-DSig, checked by xmlsec1 with the demo CA as trusted certificate (standards.md §3).</summary>
public sealed class XmlDsigSignerTests : IDisposable
{
    private const string Transcript = """
        <?xml version="1.0" encoding="UTF-8"?>
        <HocBa xmlns="urn:truongso:hocba:1">
          <HocSinh HoTen="Đặng Thị Thủy Tiên" NgaySinh="2012-03-04"/>
          <KetQua MonHoc="Toán" DiemCaNam="8.5"/>
        </HocBa>
        """;

    private readonly SigningKit kit = new();

    [Fact]
    public async Task Xmlsec1_accepts_the_signed_XML_and_rejects_a_tampered_copy()
    {
        using var signer = kit.Signer("Trường THCS Nguyễn Trãi");
        var signed = await new XmlDsigSigner().SignAsync(Encoding.UTF8.GetBytes(Transcript), signer);
        var good = kit.Save("signed.xml", signed);
        var bad = kit.Save("tampered.xml", Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(signed).Replace("8.5", "9.5", StringComparison.Ordinal)));

        var (exit, output) = await ExternalTool.RunAsync("xmlsec1", "--verify", "--trusted-pem", kit.CaPem, good);
        exit.Should().Be(0, output);
        output.Should().StartWith("OK").And.Contain("SignedInfo References (ok/all): 1/1");

        var (badExit, badOutput) = await ExternalTool.RunAsync("xmlsec1", "--verify", "--trusted-pem", kit.CaPem, bad);
        badExit.Should().NotBe(0);
        badOutput.Should().Contain("FAIL");
    }

    [Fact]
    public async Task The_signature_is_RSA_SHA256_with_exclusive_canonicalisation_and_the_certificate()
    {
        using var signer = kit.Signer("Hiệu trưởng");
        var text = Encoding.UTF8.GetString(await new XmlDsigSigner().SignAsync(Encoding.UTF8.GetBytes(Transcript), signer));

        text.Should().Contain("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256")
            .And.Contain("http://www.w3.org/2001/10/xml-exc-c14n#")
            .And.Contain("http://www.w3.org/2000/09/xmldsig#enveloped-signature")
            .And.Contain("<X509Certificate>")
            .And.Contain("Đặng Thị Thủy Tiên");
    }

    public void Dispose() => kit.Dispose();
}

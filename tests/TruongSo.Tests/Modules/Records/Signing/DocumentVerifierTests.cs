using System.Security.Cryptography.X509Certificates;
using System.Text;
using TruongSo.Web.Modules.Records.Signing.Pdf;
using TruongSo.Web.Modules.Records.Signing.Xml;

namespace TruongSo.Tests.Modules.Records.Signing;

/// <summary>The platform's own verifier agrees with pdfsig/xmlsec1 and adds trust, revocation and key usage.</summary>
public sealed class DocumentVerifierTests : IDisposable
{
    private readonly SigningKit kit = new();

    [Fact]
    public async Task Three_sequential_signatures_verify_with_signer_reason_time_and_coverage()
    {
        var pdf = SigningKit.Pdf();
        foreach (var (name, reason) in new[] { ("Nguyễn Văn Giáo", "Giáo viên chủ nhiệm"), ("Trần Thị Hiệu", "Hiệu trưởng"), ("Trường THCS Nguyễn Trãi", "Đóng dấu của nhà trường") })
        {
            using var signer = kit.Signer(name);
            pdf = await SigningKit.Pades().SignAsync(pdf, signer, new PdfSignatureRequest(reason));
        }

        var result = kit.Verifier().VerifyPdf(pdf);

        result.IsValid.Should().BeTrue(string.Join("\n", result.Problems));
        result.Signatures.Select(s => s.SignerName).Should().Equal("Nguyễn Văn Giáo", "Trần Thị Hiệu", "Trường THCS Nguyễn Trãi");
        result.Signatures.Select(s => s.Reason).Should().Equal("Giáo viên chủ nhiệm", "Hiệu trưởng", "Đóng dấu của nhà trường");
        result.Signatures.Select(s => s.CoversWholeDocument).Should().Equal(false, false, true);
        result.Signatures.Should().OnlyContain(s => s.ChainTrusted && s.IntegrityValid && s.SubFilter == "ETSI.CAdES.detached"
            && s.ClaimedTime > kit.Now.AddMinutes(-5) && s.CertificateThumbprint != null);
    }

    [Fact]
    public async Task A_changed_byte_an_appended_update_and_an_unknown_CA_are_each_reported()
    {
        using var signer = kit.Signer("Nguyễn Văn Giáo");
        var signed = await SigningKit.Pades().SignAsync(SigningKit.Pdf(), signer, new PdfSignatureRequest("Giáo viên chủ nhiệm"));

        var tampered = (byte[])signed.Clone();
        tampered[Encoding.Latin1.GetString(tampered).IndexOf("/MediaBox", StringComparison.Ordinal) + 1] = (byte)'m';
        kit.Verifier().VerifyPdf(tampered).Problems.Should().ContainMatch("*đã bị thay đổi sau khi ký*");

        var appended = signed.Concat(Encoding.Latin1.GetBytes("\n% thêm\n")).ToArray();
        var afterwards = kit.Verifier().VerifyPdf(appended);
        afterwards.IsValid.Should().BeFalse();
        afterwards.Problems.Should().Contain("Tệp đã bị thêm nội dung sau chữ ký cuối cùng.");

        using var stranger = new SigningKit();
        stranger.Verifier().VerifyPdf(signed).Problems.Should().ContainMatch("*không được cấp bởi tổ chức chứng thực nằm trong danh sách tin cậy*");
    }

    [Fact]
    public async Task A_certificate_revoked_before_it_signed_makes_the_signature_invalid()
    {
        using var signer = kit.Signer("Nguyễn Văn Giáo");
        var signed = await SigningKit.Pades().SignAsync(SigningKit.Pdf(), signer, new PdfSignatureRequest("Giáo viên chủ nhiệm"));

        var result = kit.Verifier(kit.RevocationListFor(signer)).VerifyPdf(signed);

        result.Signatures[0].Revoked.Should().BeTrue();
        result.Problems.Should().ContainMatch("*đã bị thu hồi*");
    }

    [Fact]
    public async Task A_certificate_without_the_signing_key_usage_is_reported()
    {
        using var signer = kit.Signer("Máy chủ web", X509KeyUsageFlags.KeyEncipherment);
        var signed = await SigningKit.Pades().SignAsync(SigningKit.Pdf(), signer, new PdfSignatureRequest("Thử"));

        var result = kit.Verifier().VerifyPdf(signed);

        result.Signatures[0].SigningKeyUsage.Should().BeFalse();
        result.Problems.Should().ContainMatch("*không được phép dùng để ký số*");
    }

    [Fact]
    public void A_file_that_is_not_a_PDF_or_has_no_signature_is_refused_with_a_reason()
    {
        kit.Verifier().VerifyPdf(Encoding.UTF8.GetBytes("không phải PDF")).Problems.Should().Equal("Tệp không phải là PDF hợp lệ hoặc đã bị hỏng.");
        kit.Verifier().VerifyPdf(SigningKit.Pdf()[..200]).Problems.Should().Equal("Tệp không phải là PDF hợp lệ hoặc đã bị hỏng.");
        kit.Verifier().VerifyPdf(SigningKit.Pdf()).Problems.Should().Equal("Tệp PDF không có chữ ký số nào.");
    }

    [Fact]
    public async Task The_signed_XML_verifies_and_a_tampered_copy_does_not()
    {
        using var signer = kit.Signer("Trường THCS Nguyễn Trãi");
        var signed = await new XmlDsigSigner().SignAsync(Encoding.UTF8.GetBytes("<HocBa><Diem Mon=\"Toán\">8.5</Diem></HocBa>"), signer);

        var good = kit.Verifier().VerifyXml(signed);
        good.IsValid.Should().BeTrue(string.Join("\n", good.Problems));
        good.SignerName.Should().Be("Trường THCS Nguyễn Trãi");

        var bad = kit.Verifier().VerifyXml(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(signed).Replace("8.5", "9.5", StringComparison.Ordinal)));
        bad.IsValid.Should().BeFalse();
        bad.Problems.Should().Contain("Nội dung XML đã bị thay đổi sau khi ký: chữ ký không khớp.");
    }

    public void Dispose() => kit.Dispose();
}

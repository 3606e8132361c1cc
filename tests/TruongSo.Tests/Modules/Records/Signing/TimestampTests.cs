using System.Text.RegularExpressions;
using TruongSo.Web.Modules.Records.Signing.Pdf;

namespace TruongSo.Tests.Modules.Records.Signing;

/// <summary>With Records:TimestampUrl set, each signature carries an RFC 3161 token (PAdES B-T) that the verifier reads and pdfsig still accepts.</summary>
public sealed class TimestampTests : IDisposable
{
    private readonly SigningKit kit = new();

    [Fact]
    public async Task A_configured_TSA_stamps_every_signature_and_the_verifier_judges_at_the_stamped_time()
    {
        await using var tsa = await TinyTsa.StartAsync(kit);
        var pdf = SigningKit.Pdf();
        foreach (var name in new[] { "Nguyễn Văn Giáo", "Trần Thị Hiệu" })
        {
            using var signer = kit.Signer(name);
            pdf = await SigningKit.Pades(tsa.Url).SignAsync(pdf, signer, new PdfSignatureRequest("Ký thử"));
        }

        tsa.Served.Should().Be(2);
        var result = kit.Verifier().VerifyPdf(pdf);
        result.IsValid.Should().BeTrue(string.Join("\n", result.Problems));
        result.Signatures.Should().OnlyContain(s => s.TimestampTime != null && s.SigningTime == s.TimestampTime);
        var (_, output) = await ExternalTool.RunAsync("pdfsig", "-nocert", kit.Save("stamped.pdf", pdf));
        Regex.Count(output, "Signature is Valid\\.").Should().Be(2, output);
    }

    [Fact]
    public async Task An_unreachable_TSA_refuses_the_signing_in_Vietnamese()
    {
        using var signer = kit.Signer("Nguyễn Văn Giáo");

        var act = () => SigningKit.Pades("http://127.0.0.1:9/tsa").SignAsync(SigningKit.Pdf(), signer, new PdfSignatureRequest("Ký thử"));

        (await act.Should().ThrowAsync<TruongSo.Web.Modules.Records.Signing.SigningRefusedException>()).Which.Message.Should().StartWith("Không lấy được dấu thời gian");
    }

    public void Dispose() => kit.Dispose();
}

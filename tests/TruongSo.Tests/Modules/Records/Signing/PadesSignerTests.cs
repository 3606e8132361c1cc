using System.Text;
using System.Text.RegularExpressions;
using TruongSo.Web.Modules.Records.Signing.Pdf;

namespace TruongSo.Tests.Modules.Records.Signing;

/// <summary>Three sequential PAdES signatures, checked by poppler's pdfsig and by OpenSSL (standards.md §2.3).</summary>
public sealed partial class PadesSignerTests : IDisposable
{
    private readonly SigningKit kit = new();

    [Fact]
    public async Task Three_incremental_signatures_are_each_valid_for_pdfsig_and_the_last_covers_the_whole_file()
    {
        var path = kit.Save("signed.pdf", await SignThreeTimesAsync());

        var (_, output) = await ExternalTool.RunAsync("pdfsig", "-nocert", path);

        Regex.Count(output, "Signature Validation: Signature is Valid\\.").Should().Be(3, output);
        Regex.Count(output, "Signature Type: ETSI\\.CAdES\\.detached").Should().Be(3, output);
        output[output.LastIndexOf("Signature #3", StringComparison.Ordinal)..].Should().Contain("Total document signed");
        output[..output.IndexOf("Signature #2", StringComparison.Ordinal)].Should().NotContain("Total document signed");
    }

    [Fact]
    public async Task One_changed_byte_makes_pdfsig_report_the_signatures_invalid()
    {
        var signed = await SignThreeTimesAsync();
        var at = Encoding.Latin1.GetString(signed).IndexOf("/MediaBox", StringComparison.Ordinal) + 1;
        signed[at] = (byte)'m'; // inside every signature's byte range
        var path = kit.Save("tampered.pdf", signed);

        var (_, output) = await ExternalTool.RunAsync("pdfsig", "-nocert", path);

        // poppler 22.12 says "Digest Mismatch." or "Signature is Invalid." (and exits 0 either way).
        Regex.Count(output, "Signature Validation: ").Should().Be(3, output);
        output.Should().NotContain("Signature is Valid.");
    }

    [Fact]
    public async Task Openssl_verifies_each_signature_over_its_byte_range_with_the_CA_as_trust_anchor()
    {
        var signed = await SignThreeTimesAsync();
        var path = kit.Save("signed.pdf", signed);
        (await ExternalTool.RunInAsync(kit.Folder, "pdfsig", "-nocert", "-dump", path)).Exit.Should().Be(0);
        var ranges = ByteRange().Matches(Encoding.Latin1.GetString(signed)).ToList();
        ranges.Should().HaveCount(3);

        for (var i = 0; i < 3; i++)
        {
            var r = ranges[i].Groups.Values.Skip(1).Select(g => int.Parse(g.Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var content = kit.Save($"content{i}.bin", [.. signed.AsSpan(r[0], r[1]), .. signed.AsSpan(r[2], r[3])]);
            var (exit, output) = await ExternalTool.RunAsync("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", $"{path}.sig{i}",
                "-content", content, "-CAfile", kit.CaPem, "-out", "/dev/null");
            exit.Should().Be(0, output);
            output.Should().Contain("Verification successful");
        }
    }

    [Fact]
    public async Task The_CMS_has_the_PAdES_signed_attributes_and_no_signing_time()
    {
        var path = kit.Save("one.pdf", await SignOnceAsync(SigningKit.Pdf()));
        await ExternalTool.RunInAsync(kit.Folder, "pdfsig", "-nocert", "-dump", path);

        var (_, printed) = await ExternalTool.RunAsync("openssl", "cms", "-cmsout", "-print", "-inform", "DER", "-in", $"{path}.sig0");

        printed.Should().Contain("contentType").And.Contain("messageDigest").And.Contain("id-smime-aa-signingCertificateV2");
        printed.Should().NotContain("signingTime");
    }

    [Fact]
    public async Task The_visible_signature_reads_in_Vietnamese_with_its_marks_in_an_embedded_font()
    {
        var path = kit.Save("visible.pdf", await SignOnceAsync(SigningKit.Pdf()));

        // poppler draws annotation appearances into the text layer and lists the fonts they use.
        var (_, text) = await ExternalTool.RunAsync("pdftotext", "-f", "1", "-l", "1", path, "-");
        var (_, fonts) = await ExternalTool.RunAsync("pdffonts", path);

        text.Normalize(NormalizationForm.FormC).Should().Contain("Đã ký số bởi: Nguyễn Văn Giáo").And.Contain("Giáo viên chủ nhiệm").And.Contain("Ngày ký: ");
        fonts.Should().Contain("Noto Serif").And.NotContain("Helvetica");
        fonts.Split('\n').Where(l => l.Contains("Noto Serif", StringComparison.Ordinal)).Should().OnlyContain(l => Regex.IsMatch(l, @"\byes\s+yes\s+yes\b"), fonts);
    }

    private async Task<byte[]> SignOnceAsync(byte[] pdf)
    {
        using var signer = kit.Signer("Nguyễn Văn Giáo");
        return await SigningKit.Pades().SignAsync(pdf, signer, new PdfSignatureRequest("Giáo viên chủ nhiệm", "Hà Nội", Box: new SignatureBox(60, 600, 160, 60)));
    }

    private async Task<byte[]> SignThreeTimesAsync()
    {
        var pdf = await SignOnceAsync(SigningKit.Pdf());
        using (var principal = kit.Signer("Trần Thị Hiệu Trưởng"))
        {
            pdf = await SigningKit.Pades().SignAsync(pdf, principal, new PdfSignatureRequest("Hiệu trưởng", Box: new SignatureBox(300, 600, 160, 60), PageIndex: 1));
        }
        using var seal = kit.Signer("Trường THCS Nguyễn Trãi");
        return await SigningKit.Pades().SignAsync(pdf, seal, new PdfSignatureRequest("Đóng dấu của nhà trường"));
    }

    [GeneratedRegex(@"/ByteRange \[(\d+) (\d+) (\d+) (\d+) *\]")]
    private static partial Regex ByteRange();

    public void Dispose() => kit.Dispose();
}

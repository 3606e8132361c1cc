using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TruongSo.Web.Modules.Records.Signing;
using TruongSo.Web.Modules.Records.Signing.Keys;
using TruongSo.Web.Modules.Records.Signing.Pdf;
using TruongSo.Web.Modules.Records.Signing.Pki;
using TruongSo.Web.Modules.Records.Signing.Verify;
using TruongSo.Web.Modules.Records.Signing.Xml;

namespace TruongSo.Tests.Modules.Records.Signing;

/// <summary>`pki demo-ca` on the seeded demo: keys for the seals, the principal and the GVCNs; they sign, and the app and OpenSSL trust them.</summary>
public sealed class DemoCaTests
{
    [Theory, Engines]
    public async Task The_demo_CA_registers_keys_that_sign_documents_the_verifier_and_openssl_accept(Engine engine)
    {
        await using var app = await TestApp.StartAsync(engine);
        (await app.CliAsync("seed-demo")).Should().Be(0);

        (await app.CliAsync("pki", "demo-ca")).Should().Be(0);
        (await app.CliAsync("pki", "demo-ca")).Should().Be(0, "a second run keeps what is there");

        var keys = await app.WithDbAsync(db => db.Set<SigningKey>().ToListAsync());
        keys.Count(k => k.Kind == SigningKeyKind.Seal).Should().Be(3);
        var principal = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "hieutruong"));
        var principalKey = keys.Should().ContainSingle(k => k.OwnerUserId == principal.Id).Subject;
        keys.Count(k => k.Kind == SigningKeyKind.Personal).Should().BeGreaterThan(1, "the GVCNs who have accounts too");
        var caPem = Path.Combine(app.DataDirectory, "pki", "demo-ca.pem");
        File.Exists(caPem).Should().BeTrue();

        var (signed, xml, wrong) = await app.WithServicesAsync(async sp =>
        {
            var store = sp.GetRequiredService<KeyStore>();
            var refused = await FluentActions.Awaiting(() => store.UnlockAsync(principalKey.Id, "sai")).Should().ThrowAsync<SigningRefusedException>();
            using var key = await store.UnlockAsync(principalKey.Id, DemoCa.KeyPassword);
            var pdf = await sp.GetRequiredService<PadesSigner>().SignAsync(SigningKit.Pdf(), key, new PdfSignatureRequest("Hiệu trưởng"));
            var signedXml = await sp.GetRequiredService<XmlDsigSigner>().SignAsync("<HocBa>Đạt</HocBa>"u8.ToArray(), key);
            return (pdf, signedXml, refused.Which);
        });

        wrong.Field.Should().Be("password");
        var verifier = app.Services.GetRequiredService<DocumentVerifier>();
        verifier.VerifyPdf(signed).IsValid.Should().BeTrue(string.Join("\n", verifier.VerifyPdf(signed).Problems));
        verifier.VerifyPdf(signed).Signatures[0].SignerName.Should().Be("Nguyễn Thị Thu Hà");
        verifier.VerifyXml(xml).IsValid.Should().BeTrue();
        var folder = Path.Combine(app.DataDirectory, "check");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, "signed.xml"), xml);
        var (exit, output) = await ExternalTool.RunAsync("xmlsec1", "--verify", "--trusted-pem", caPem, Path.Combine(folder, "signed.xml"));
        exit.Should().Be(0, output);
    }
}

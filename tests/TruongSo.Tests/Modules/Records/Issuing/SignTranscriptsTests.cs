using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using TruongSo.Tests.Modules.Records.Rendition;
using TruongSo.Tests.Modules.Records.Signing;
using TruongSo.Web.Modules.Records.Archive;
using TruongSo.Web.Modules.Records.Archive.Data;
using TruongSo.Web.Modules.Records.Issuing;
using TruongSo.Web.Modules.Records.Signing;

namespace TruongSo.Tests.Modules.Records.Issuing;

/// <summary>A class's transcripts signed in order — GVCN, principal, seal — and issued; the independent tools agree.</summary>
public sealed class SignTranscriptsTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task The_GVCN_the_principal_and_the_seal_sign_a_class_in_turn_and_pdfsig_and_xmlsec1_accept_every_signature(Engine engine)
    {
        var app = await apps.Get(engine);
        var y = await app.FinishedYearAsync();
        using var kit = new SigningKit();
        var c = y.Class;

        var early = await SignAsync(app, c.Principal.Id, c.ClassId, SignatureStepRole.Principal, kit.Signer("Trần Văn Hiệu"));
        var byGvcn = await SignAsync(app, c.Gvcn.Id, c.ClassId, SignatureStepRole.Homeroom, kit.Signer("Lê Thị Chủ Nhiệm"));
        var gvcnAsPrincipal = await SignAsync(app, c.Gvcn.Id, c.ClassId, SignatureStepRole.Principal, kit.Signer("Lê Thị Chủ Nhiệm"));
        var twice = await SignAsync(app, c.Gvcn.Id, c.ClassId, SignatureStepRole.Homeroom, kit.Signer("Lê Thị Chủ Nhiệm"));
        var byPrincipal = await SignAsync(app, c.Principal.Id, c.ClassId, SignatureStepRole.Principal, kit.Signer("Trần Văn Hiệu"));
        var sealedByPrincipal = await SignAsync(app, c.Principal.Id, c.ClassId, SignatureStepRole.Seal, kit.Signer("Trường THCS Kiểm Thử"));

        early.Report!.Succeeded.Should().Be(0);
        early.Report.Problems.Should().Contain(p => p.EndsWith("chờ chữ kí của giáo viên chủ nhiệm trước.", StringComparison.Ordinal));
        byGvcn.Report!.Should().Match<SigningProgress>(r => r.Succeeded == 2 && r.Total == 2 && r.Problems.Count == 0);
        gvcnAsPrincipal.Refusal!.Status.Should().Be(403);
        twice.Report!.Succeeded.Should().Be(0, "a transcript is signed once per step");
        byPrincipal.Report!.Succeeded.Should().Be(2);
        sealedByPrincipal.Report!.Succeeded.Should().Be(2);

        var document = await app.WithServicesAsync(async sp => (await sp.GetRequiredService<RecordsArchive>().CurrentAsync(y.StudentId, c.YearId, DocumentKinds.Transcript))!);
        document.Status.Should().Be(DocumentStatus.Issued);
        document.Signatures.Select(s => s.Role).Should().Equal(SignatureStepRole.Homeroom, SignatureStepRole.Principal, SignatureStepRole.Seal);
        var (pdf, xml) = await app.WithServicesAsync(async sp =>
        {
            var archive = sp.GetRequiredService<RecordsArchive>();
            return (await archive.ReadPdfAsync(document), await archive.ReadXmlAsync(document));
        });
        var (_, pdfsig) = await ExternalTool.RunAsync("pdfsig", "-nocert", kit.Save("hoc-ba.pdf", pdf));
        pdfsig.Split("Signature Validation: Signature is Valid.").Should().HaveCount(4, pdfsig);
        pdfsig.Should().Contain("Total document signed").And.Contain("Signature Type: ETSI.CAdES.detached").And.Contain("Signer Certificate Common Name: Lê Thị Chủ Nhiệm");
        var (exit, xmlsec) = await ExternalTool.RunAsync("xmlsec1", "--verify", "--trusted-pem", kit.CaPem, kit.Save("hoc-ba.xml", xml));
        exit.Should().Be(0, xmlsec);
        (await ExternalTool.RunAsync("pdftotext", kit.Save("check.pdf", pdf), "-")).Output.Should().Contain(RenditionKit.Name);
    }

    [Theory, Engines]
    public async Task Nothing_is_signed_while_the_year_is_not_locked(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.HomeroomClassAsync(students: 1);
        using var kit = new SigningKit();

        var refused = await SignAsync(app, c.Gvcn.Id, c.ClassId, SignatureStepRole.Homeroom, kit.Signer("Lê Thị Chủ Nhiệm"));

        refused.Refusal!.Should().Match<IssuingRefusal>(r => r.Status == 409 && r.Message == IssuingGate.NotLocked);
        (await app.WithServicesAsync(sp => sp.GetRequiredService<RecordsArchive>().ForStudentAsync(c.Students[0]))).Should().BeEmpty();
    }

    private static Task<(SigningProgress? Report, IssuingRefusal? Refusal)> SignAsync(TestApp app, Guid userId, Guid classId, SignatureStepRole role, ISigningCredential credential) =>
        app.WithServicesAsync(async sp =>
        {
            using (credential)
            {
                var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId.ToString())], "test"));
                return await sp.GetRequiredService<SignTranscripts>().HandleAsync(user, classId, role, credential);
            }
        });
}

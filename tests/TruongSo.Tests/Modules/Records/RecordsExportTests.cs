using TruongSo.Web.Modules.Records.Archive;

namespace TruongSo.Tests.Modules.Records;

/// <summary>`records export --out DIR [--school CODE] [--year 2025-2026]`: the signed files of issued transcripts and the trust anchors.</summary>
public sealed class RecordsExportTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task Export_writes_the_issued_transcripts_of_one_school_and_year_with_the_trust_anchors(Engine engine)
    {
        var app = await apps.Get(engine);
        var issued = await app.IssuedTranscriptAsync();
        var (draft, _, _, _) = await app.DraftTranscriptAsync(issued.School);
        var elsewhere = await app.IssuedTranscriptAsync();
        var outDir = Path.Combine(app.DataDirectory, "export-" + Guid.NewGuid().ToString("N"));
        var anchor = Path.Combine(app.DataDirectory, "demo-ca.pem");
        await File.WriteAllTextAsync(anchor, "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");

        var exit = await app.CliAsync("records", "export", "--out", outDir, "--school", issued.School.School.Code, "--year", "2026-2027", $"--Records:TrustAnchors={anchor}");

        exit.Should().Be(0);
        var files = Directory.EnumerateFiles(outDir, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(outDir, f).Replace('\\', '/')).ToList();
        files.Should().Contain(f => f.StartsWith($"{issued.School.School.Code}/2026-2027/", StringComparison.Ordinal) && f.EndsWith($"{issued.Id}.pdf", StringComparison.Ordinal));
        files.Should().Contain(f => f.EndsWith($"{issued.Id}.xml", StringComparison.Ordinal));
        files.Should().Contain("trust-anchors/demo-ca.pem").And.Contain("manifest.json");
        files.Should().NotContain(f => f.Contains(draft.Id.ToString(), StringComparison.Ordinal) || f.Contains(elsewhere.Id.ToString(), StringComparison.Ordinal));
        var pdf = await File.ReadAllBytesAsync(Path.Combine(outDir, files.Single(f => f.EndsWith(".pdf", StringComparison.Ordinal))));
        pdf.Should().Equal(issued.Pdf);
        BlobStore.HashOf(pdf).Should().Be(issued.Document.PdfSha256);
    }

    [Theory, Engines]
    public async Task Export_refuses_an_unknown_school(Engine engine)
    {
        var app = await apps.Get(engine);

        (await app.CliAsync("records", "export", "--out", Path.Combine(app.DataDirectory, "x"), "--school", "KHONGCO")).Should().Be(1);
    }
}

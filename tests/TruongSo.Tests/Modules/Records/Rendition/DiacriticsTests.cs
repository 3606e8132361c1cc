using System.Text;
using TruongSo.Web.Modules.Records.Rendition;

namespace TruongSo.Tests.Modules.Records.Rendition;

/// <summary>
/// pdftotext cannot see a lost mark (the ToUnicode map is right either way, standards.md §2), so
/// these look at pixels: "Bắc Ặ" and "Bác Ă" must render differently in the same layout. With
/// DejaVu, PDFsharp draws ắ as á and Ặ as Ă, the two crops come out equal and this fails.
/// </summary>
public sealed class DiacriticsTests
{
    private static readonly RenditionStamp Stamp = new(Guid.Parse("0195f0a4-0000-7000-8000-000000000001"), 1, new DateTimeOffset(2027, 6, 1, 0, 0, 0, TimeSpan.Zero), null);

    [Fact]
    public async Task Breve_and_dot_below_survive_in_the_rendered_page()
    {
        var marked = await NameCropAsync("Nguyễn Bắc Ặ", "Bắc");
        var plain = await NameCropAsync("Nguyễn Bác Ă", "Bác");
        var again = await NameCropAsync("Nguyễn Bắc Ặ", "Bắc");

        again.Should().Equal(marked, "the same name renders to the same pixels");
        plain.Should().NotEqual(marked, "ắ is not á and Ặ is not Ă on the page");
    }

    [Fact]
    public async Task Decomposed_text_is_drawn_as_composed()
    {
        var composed = "Nguyễn Bắc Ặ".Normalize(NormalizationForm.FormC);
        var decomposed = composed.Normalize(NormalizationForm.FormD);

        var pdf = TranscriptPdf.Render(SampleTranscript.Model(decomposed), Stamp, "http://localhost:5000/xac-thuc/x", preview: false).Pdf;

        (await PdfTools.TextAsync(pdf)).Should().Contain(composed);
        (await NameCropAsync(decomposed, "Bắc")).Should().Equal(await NameCropAsync(composed, "Bắc"));
    }

    private static async Task<byte[]> NameCropAsync(string fullName, string word)
    {
        var pdf = TranscriptPdf.Render(SampleTranscript.Model(fullName), Stamp, "http://localhost:5000/xac-thuc/x", preview: false).Pdf;
        var box = await PdfTools.WordBoxAsync(pdf, word);
        return await PdfTools.RenderAsync(pdf, 1, 200, (box.X - 60, box.Y - 6, 140, box.H + 12));
    }
}

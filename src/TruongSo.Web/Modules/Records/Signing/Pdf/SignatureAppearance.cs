using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using TruongSo.Web.Platform.Pdf;

namespace TruongSo.Web.Modules.Records.Signing.Pdf;

/// <summary>
/// The widget's normal appearance: a framed box with who signed, as what, and when, in Vietnamese
/// with its marks. PDFsharp draws the box on a page of the widget's size in Noto Serif (embedded
/// subset, as on the transcript itself); that page's content becomes the appearance stream and
/// its font objects are grafted into the update, so the text renders the same in every viewer.
/// </summary>
internal static class SignatureAppearance
{
    public static (PdfDict Dict, byte[] Data) Build(IncrementalUpdate update, double width, double height, string signer, string reason, DateTimeOffset at)
    {
        var dict = new PdfDict().Set("Type", new PdfName("XObject")).Set("Subtype", new PdfName("Form"))
            .Set("BBox", new PdfArray([PdfAtom.Number(0), PdfAtom.Number(0), PdfAtom.Real(width), PdfAtom.Real(height)]));
        if (width <= 0 || height <= 0)
        {
            return (dict, []);
        }
        string[] lines = [$"Đã ký số bởi: {signer}", reason, string.Create(CultureInfo.InvariantCulture, $"Ngày ký: {at:dd/MM/yyyy HH:mm} (GMT{at:zzz})")];
        var drawn = PdfFile.Open(Draw(width, height, lines));
        var page = drawn.ResolveDict(PdfPages.PageAt(drawn, 0))!;
        var graft = new ObjectGraft(drawn, update);
        dict.Set("Resources", graft.Copy(drawn.Resolve(page["Resources"]) ?? new PdfDict()));
        var contents = drawn.Resolve(page["Contents"]) switch
        {
            PdfStream one => StreamDecoder.Decode(drawn, one),
            PdfArray many => [.. many.Items.Select(drawn.Resolve).OfType<PdfStream>().SelectMany(s => StreamDecoder.Decode(drawn, s).Append((byte)'\n'))],
            _ => [],
        };
        return (dict, contents);
    }

    private static byte[] Draw(double width, double height, string[] lines)
    {
        PdfSetup.Ensure();
        using var document = new PdfDocument();
        var page = document.AddPage();
        (page.Width, page.Height) = (XUnit.FromPoint(width), XUnit.FromPoint(height));
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            var ink = XColor.FromArgb(0, 77, 38);
            gfx.DrawRectangle(new XPen(ink, 0.8), 0.5, 0.5, width - 1, height - 1);
            var size = Math.Clamp(Math.Min(height / 4.2, width / 30), 4, 10);
            var font = PdfFonts.Regular(size);
            var brush = new XSolidBrush(ink);
            var y = size * 1.4;
            foreach (var line in lines)
            {
                gfx.DrawString(line, font, brush, size * 0.5, y);
                y += size * 1.25;
            }
        }
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }
}

using PdfSharp.Drawing;

namespace TruongSo.Web.Platform.Pdf;

/// <summary>The two-column heading of an official school document: the Sở and the school left, the national motto right.</summary>
public static class PdfHeading
{
    public static void Draw(PdfPageWriter w, string department, string school)
    {
        var half = w.Width / 2;
        var left = PdfPageWriter.Margin;
        var right = left + half;
        var top = w.Y;
        var h1 = w.Text(department, PdfFonts.Regular(9.5), left, half, XStringFormats.TopCenter);
        var h2 = w.Text(school.ToUpperInvariant(), PdfFonts.Bold(9.5), left, half, XStringFormats.TopCenter, y: top + h1);
        var r1 = w.Text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", PdfFonts.Bold(9.5), right, half, XStringFormats.TopCenter);
        var r2 = w.Text("Độc lập - Tự do - Hạnh phúc", PdfFonts.Bold(10), right, half, XStringFormats.TopCenter, y: top + r1);
        w.Gfx.DrawLine(new XPen(XColors.Black, 0.6), right + half / 2 - 60, top + r1 + r2 + 1, right + half / 2 + 60, top + r1 + r2 + 1);
        w.Y = top + Math.Max(h1 + h2, r1 + r2) + 14;
    }
}

using System.Text;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace TruongSo.Web.Platform.Pdf;

/// <summary>
/// Writes A4 pages top to bottom: a cursor, wrapped text, boxes; a new page when the next block
/// would run into the footer band (kept free for a footer such as the học bạ's QR code and page number).
/// </summary>
public sealed class PdfPageWriter : IDisposable
{
    public const double Margin = 40;
    public const double FooterBand = 84;

    private readonly PdfDocument document;
    private XGraphics? gfx;

    public PdfPageWriter(PdfDocument document, PageOrientation orientation = PageOrientation.Portrait)
    {
        this.document = document;
        Orientation = orientation;
        NewPage();
    }

    public PageOrientation Orientation { get; }

    public XGraphics Gfx => gfx!;

    public double Y { get; set; }

    public int PageIndex => document.PageCount - 1;

    public double Width => document.Pages[PageIndex].Width.Point - 2 * Margin;

    public double Bottom => document.Pages[PageIndex].Height.Point - FooterBand;

    public void NewPage()
    {
        gfx?.Dispose();
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = Orientation;
        gfx = XGraphics.FromPdfPage(page);
        Y = Margin;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> more points fit above the footer.</summary>
    public void Need(double height)
    {
        if (Y + height > Bottom)
        {
            NewPage();
        }
    }

    /// <summary>Wrapped text across [x, x+width]; returns the lines' height.</summary>
    public double Text(string text, XFont font, double x, double width, XStringFormat? align = null, bool draw = true, double? y = null)
    {
        var lines = Wrap(text, font, width);
        var top = y ?? Y;
        var lineHeight = font.GetHeight() * 1.05;
        for (var i = 0; draw && i < lines.Count; i++)
        {
            Gfx.DrawString(lines[i], font, XBrushes.Black, new XRect(x, top + i * lineHeight, width, lineHeight), align ?? XStringFormats.TopLeft);
        }
        return Math.Max(1, lines.Count) * lineHeight;
    }

    /// <summary>A paragraph at the cursor across the page width; moves the cursor below it.</summary>
    public void Paragraph(string text, XFont font, XStringFormat? align = null, double after = 2)
    {
        var height = Text(text, font, Margin, Width, align, draw: false);
        Need(height);
        Y += Text(text, font, Margin, Width, align) + after;
    }

    public List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var para in text.Normalize(NormalizationForm.FormC).Split('\n'))
        {
            var line = "";
            foreach (var word in para.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && Gfx.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }
            lines.Add(line);
        }
        return lines;
    }

    public void Dispose() => gfx?.Dispose();
}

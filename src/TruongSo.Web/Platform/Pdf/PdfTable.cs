using PdfSharp.Drawing;

namespace TruongSo.Web.Platform.Pdf;

/// <summary>A column: its heading, its share of the table's width, and whether its cells are centred.</summary>
public sealed record PdfColumn(string Heading, double Share, bool Centred = false);

/// <summary>A ruled table at the writer's cursor, cells wrapped, the heading repeated on each new page.</summary>
public static class PdfTable
{
    private const double Pad = 3;

    public static void Draw(PdfPageWriter w, IReadOnlyList<PdfColumn> columns, IEnumerable<IReadOnlyList<string>> rows, double fontSize = 9)
    {
        var body = PdfFonts.Regular(fontSize);
        var head = PdfFonts.Bold(fontSize);
        var total = columns.Sum(c => c.Share);
        var widths = columns.Select(c => w.Width * c.Share / total).ToArray();
        var headings = columns.Select(c => c.Heading).ToArray();
        Row(w, columns, widths, headings, head, heading: true);
        foreach (var row in rows)
        {
            if (Height(w, widths, row, body) + w.Y > w.Bottom)
            {
                w.NewPage();
                Row(w, columns, widths, headings, head, heading: true);
            }
            Row(w, columns, widths, row, body, heading: false);
        }
        w.Y += 6;
    }

    private static double Height(PdfPageWriter w, double[] widths, IReadOnlyList<string> cells, XFont font) =>
        cells.Select((c, i) => w.Text(c, font, 0, widths[i] - 2 * Pad, draw: false)).DefaultIfEmpty(font.GetHeight()).Max() + 2 * Pad;

    private static void Row(PdfPageWriter w, IReadOnlyList<PdfColumn> columns, double[] widths, IReadOnlyList<string> cells, XFont font, bool heading)
    {
        var height = Height(w, widths, cells, font);
        var x = PdfPageWriter.Margin;
        for (var i = 0; i < widths.Length; i++)
        {
            var box = new XRect(x, w.Y, widths[i], height);
            if (heading)
            {
                w.Gfx.DrawRectangle(new XSolidBrush(XColor.FromArgb(235, 235, 235)), box);
            }
            w.Gfx.DrawRectangle(new XPen(XColors.Black, 0.5), box);
            var align = heading || columns[i].Centred ? XStringFormats.TopCenter : XStringFormats.TopLeft;
            w.Text(i < cells.Count ? cells[i] : "", font, x + Pad, widths[i] - 2 * Pad, align, y: w.Y + Pad);
            x += widths[i];
        }
        w.Y += height;
    }
}

using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;
using TruongSo.Web.Platform.Pdf;

namespace TruongSo.Web.Modules.Records.Rendition.Pdf;

/// <summary>
/// The band at the foot of every page, drawn once all pages exist: a QR code of the verify URL
/// (vector squares, so any renderer reads it), the URL in words, the document's id and version,
/// "Trang x/y"; and, on a preview, the "BẢN XEM TRƯỚC" watermark across the page.
/// </summary>
public static class PdfFooter
{
    public const double QrSize = 72;

    public static void Apply(PdfDocument document, string? verifyUrl, string caption, bool preview)
    {
        var qr = verifyUrl is null ? null : QrForm(document, QRCodeGenerator.GenerateQrCode(verifyUrl, QRCodeGenerator.ECCLevel.M).ModuleMatrix);
        for (var i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var (width, height) = (page.Width.Point, page.Height.Point);
            var top = height - PdfPageWriter.FooterBand + 6;
            var left = width - PdfPageWriter.Margin - QrSize;
            var small = PdfFonts.Regular(7.5);
            var textWidth = left - PdfPageWriter.Margin - 8;
            gfx.DrawLine(new XPen(XColors.Gray, 0.4), PdfPageWriter.Margin, top - 3, width - PdfPageWriter.Margin, top - 3);
            if (qr is not null)
            {
                gfx.DrawImage(qr, left, top, QrSize, QrSize);
                gfx.DrawString("Kiểm tra tính xác thực: quét mã QR hoặc truy cập", small, XBrushes.Black, new XRect(PdfPageWriter.Margin, top + 4, textWidth, 10), XStringFormats.TopLeft);
                gfx.DrawString(verifyUrl!, small, XBrushes.Black, new XRect(PdfPageWriter.Margin, top + 15, textWidth, 10), XStringFormats.TopLeft);
            }
            gfx.DrawString(preview ? "BẢN XEM TRƯỚC, chưa ký, không có giá trị sử dụng · " + caption : caption, small, XBrushes.Black, new XRect(PdfPageWriter.Margin, top + 26, textWidth, 10), XStringFormats.TopLeft);
            gfx.DrawString($"Trang {i + 1}/{document.PageCount}", small, XBrushes.Black, new XRect(PdfPageWriter.Margin, top + 37, textWidth, 10), XStringFormats.TopLeft);
            if (preview)
            {
                Watermark(gfx, width, height);
            }
        }
    }

    /// <summary>
    /// The code as one Form XObject per document, drawn on every page: each row's dark runs are
    /// one rectangle, all filled as one path (a thousand separate squares cost ~10 ms a page).
    /// </summary>
    private static XForm QrForm(PdfDocument document, List<System.Collections.BitArray> matrix)
    {
        var module = QrSize / matrix.Count;
        var form = new XForm(document, XUnit.FromPoint(QrSize), XUnit.FromPoint(QrSize));
        using var gfx = XGraphics.FromForm(form);
        gfx.DrawRectangle(XBrushes.White, 0, 0, QrSize, QrSize);
        var path = new XGraphicsPath { FillMode = XFillMode.Winding };
        for (var row = 0; row < matrix.Count; row++)
        {
            for (var col = 0; col < matrix[row].Count; col++)
            {
                if (!matrix[row][col])
                {
                    continue;
                }
                var start = col;
                while (col + 1 < matrix[row].Count && matrix[row][col + 1])
                {
                    col++;
                }
                // A hair taller than a module so that rows join without seams in any renderer.
                path.AddRectangle(start * module, row * module, (col - start + 1) * module, module + 0.05);
            }
        }
        gfx.DrawPath(XBrushes.Black, path);
        return form;
    }

    private static void Watermark(XGraphics gfx, double width, double height)
    {
        var state = gfx.Save();
        gfx.TranslateTransform(width / 2, height / 2);
        gfx.RotateTransform(-40);
        gfx.DrawString("BẢN XEM TRƯỚC", PdfFonts.Bold(64), new XSolidBrush(XColor.FromArgb(60, 200, 0, 0)), new XPoint(0, 0), XStringFormats.Center);
        gfx.Restore(state);
    }
}

using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;

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
        var matrix = verifyUrl is null ? null : QRCodeGenerator.GenerateQrCode(verifyUrl, QRCodeGenerator.ECCLevel.M).ModuleMatrix;
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
            if (matrix is not null)
            {
                Qr(gfx, matrix, left, top);
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

    private static void Qr(XGraphics gfx, List<System.Collections.BitArray> matrix, double left, double top)
    {
        var module = QrSize / matrix.Count;
        gfx.DrawRectangle(XBrushes.White, left, top, QrSize, QrSize);
        for (var row = 0; row < matrix.Count; row++)
        {
            for (var col = 0; col < matrix[row].Count; col++)
            {
                if (matrix[row][col])
                {
                    // A hair wider than a module so that neighbours join without seams in any renderer.
                    gfx.DrawRectangle(XBrushes.Black, left + col * module, top + row * module, module + 0.05, module + 0.05);
                }
            }
        }
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

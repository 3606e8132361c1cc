using PdfSharp.Drawing;
using PdfSharp.Pdf;
using TruongSo.Web.Platform.Pdf.Fonts;

namespace TruongSo.Web.Platform.Pdf;

/// <summary>
/// The few sizes the documents use, all Noto Serif, always Unicode (Identity-H): one embedded
/// subset per face, where the default would add a second WinAnsi copy for ASCII-only strings.
/// </summary>
public static class PdfFonts
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    public static XFont Regular(double size = 10) => new(AppFontResolver.Family, size, XFontStyleEx.Regular, Unicode);

    public static XFont Bold(double size = 10) => new(AppFontResolver.Family, size, XFontStyleEx.Bold, Unicode);

    public static XFont Italic(double size = 10) => new(AppFontResolver.Family, size, XFontStyleEx.Italic, Unicode);
}

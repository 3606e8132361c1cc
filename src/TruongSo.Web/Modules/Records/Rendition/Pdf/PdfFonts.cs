using PdfSharp.Drawing;
using TruongSo.Web.Modules.Records.Rendition.Fonts;

namespace TruongSo.Web.Modules.Records.Rendition.Pdf;

/// <summary>The few sizes the documents use, all Noto Serif.</summary>
public static class PdfFonts
{
    public static XFont Regular(double size = 10) => new(AppFontResolver.Family, size, XFontStyleEx.Regular);

    public static XFont Bold(double size = 10) => new(AppFontResolver.Family, size, XFontStyleEx.Bold);

    public static XFont Italic(double size = 10) => new(AppFontResolver.Family, size, XFontStyleEx.Italic);
}

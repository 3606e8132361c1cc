using System.Reflection;
using PdfSharp.Fonts;

namespace TruongSo.Web.Platform.Pdf.Fonts;

/// <summary>
/// Noto Serif (OFL, Fonts/OFL.txt) from the app's own assembly, never the system: the same
/// glyphs on any machine, and every Vietnamese mark (DejaVu loses ắ and Ặ in PDFsharp's subsets,
/// standards.md §2). Any family asked for resolves to Noto Serif; bold italic is simulated.
/// </summary>
public sealed class AppFontResolver : IFontResolver
{
    public const string Family = "Noto Serif";

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => (bold, italic) switch
    {
        (true, true) => new FontResolverInfo("NotoSerif-Bold", false, true),
        (true, false) => new FontResolverInfo("NotoSerif-Bold"),
        (false, true) => new FontResolverInfo("NotoSerif-Italic"),
        _ => new FontResolverInfo("NotoSerif-Regular"),
    };

    public byte[]? GetFont(string faceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"TruongSo.Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"Phông chữ {faceName} không có trong ứng dụng.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

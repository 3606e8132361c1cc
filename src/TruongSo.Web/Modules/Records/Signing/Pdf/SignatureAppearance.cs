using System.Globalization;
using System.Text;

namespace TruongSo.Web.Modules.Records.Signing.Pdf;

/// <summary>
/// The widget's normal appearance: a framed box with who signed, as what, and when. It uses the
/// standard Helvetica font, which every viewer has but which has no Vietnamese letters, so the
/// text is written without diacritics; the page itself (the rendition) carries the accented labels.
/// </summary>
internal static class SignatureAppearance
{
    public static (PdfDict Dict, byte[] Data) Build(double width, double height, string signer, string reason, DateTimeOffset at)
    {
        var resources = new PdfDict().Set("Font", new PdfDict().Set("F1", new PdfDict()
            .Set("Type", new PdfName("Font")).Set("Subtype", new PdfName("Type1"))
            .Set("BaseFont", new PdfName("Helvetica")).Set("Encoding", new PdfName("WinAnsiEncoding"))));
        var dict = new PdfDict().Set("Type", new PdfName("XObject")).Set("Subtype", new PdfName("Form"))
            .Set("BBox", new PdfArray([PdfAtom.Number(0), PdfAtom.Number(0), PdfAtom.Real(width), PdfAtom.Real(height)]));
        if (width <= 0 || height <= 0)
        {
            return (dict, []);
        }
        dict.Set("Resources", resources);
        var lines = new[] { $"Da ky so boi: {Fold(signer)}", Fold(reason), $"Ngay ky: {at:dd/MM/yyyy HH:mm} (GMT{at:zzz})" };
        var size = Math.Clamp(Math.Min(height / 4.2, width / 30), 4, 10);
        var ops = new StringBuilder();
        ops.Append(CultureInfo.InvariantCulture, $"q 0 0.4 0.2 RG 0.8 w 0.5 0.5 {width - 1:0.##} {height - 1:0.##} re S Q\n");
        ops.Append(CultureInfo.InvariantCulture, $"BT /F1 {size:0.##} Tf 0 0.3 0.15 rg {size * 0.5:0.##} {height - (size * 1.4):0.##} Td {size * 1.25:0.##} TL\n");
        foreach (var line in lines)
        {
            ops.Append('(').Append(Escape(line)).Append(") Tj T*\n");
        }
        ops.Append("ET");
        return (dict, Encoding.Latin1.GetBytes(ops.ToString()));
    }

    private static string Fold(string text)
    {
        var decomposed = text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder();
        foreach (var c in decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
        {
            sb.Append(c is >= ' ' and <= '~' ? c : '?');
        }
        return sb.ToString();
    }

    private static string Escape(string s) =>
        s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);
}

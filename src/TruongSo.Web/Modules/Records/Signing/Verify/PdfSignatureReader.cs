using System.Formats.Asn1;
using System.Text;
using TruongSo.Web.Modules.Records.Signing.Pdf;

namespace TruongSo.Web.Modules.Records.Signing.Verify;

/// <summary>The signature fields of a PDF (AcroForm, ISO 32000-1 §12.7–12.8) with their raw values, in file order.</summary>
internal static class PdfSignatureReader
{
    public sealed record RawSignature(string FieldName, PdfDict Dict, long[] ByteRange, byte[] Contents);

    public static List<RawSignature> Read(PdfFile file)
    {
        var found = new List<RawSignature>();
        var fields = file.Resolve(file.ResolveDict(file.Catalog["AcroForm"])?["Fields"]) as PdfArray;
        var pending = new Stack<(PdfItem Item, string Prefix)>((fields?.Items ?? []).AsEnumerable().Reverse().Select(i => (i, "")));
        for (var visited = 0; pending.Count > 0 && visited < 10000; visited++)
        {
            var (item, prefix) = pending.Pop();
            var field = file.ResolveDict(item);
            if (field is null)
            {
                continue;
            }
            var name = prefix + PdfText.Decode(field["T"]);
            if (file.Resolve(field["Kids"]) is PdfArray kids)
            {
                foreach (var kid in kids.Items.AsEnumerable().Reverse())
                {
                    pending.Push((kid, name.Length > 0 ? name + "." : ""));
                }
            }
            if (file.ResolveDict(field["V"]) is { } sig && file.Resolve(sig["ByteRange"]) is PdfArray range && sig["Contents"] is PdfAtom contents)
            {
                found.Add(new RawSignature(name, sig, [.. range.Items.Select(i => (file.Resolve(i) as PdfAtom)?.AsLong ?? -1)], Der(contents.Text)));
            }
        }
        return [.. found.OrderBy(s => s.ByteRange.Length > 1 ? s.ByteRange[1] : 0)];
    }

    /// <summary>True when the gap between the two ranges is exactly this signature's /Contents hex string.</summary>
    public static bool GapIsContents(byte[] bytes, long[] r)
    {
        if (r.Length != 4 || r[0] != 0 || r[1] <= 0 || r[2] <= r[1] || r[3] < 0 || r[2] + r[3] > bytes.Length)
        {
            return false;
        }
        if (bytes[r[1]] != '<' || bytes[r[2] - 1] != '>')
        {
            return false;
        }
        return Encoding.Latin1.GetString(bytes, (int)r[1] + 1, (int)(r[2] - r[1] - 2)).All(Uri.IsHexDigit);
    }

    private static byte[] Der(string hexString)
    {
        var hex = hexString.Length >= 2 && hexString[0] == '<' ? hexString[1..^1] : "";
        if (hex.Length % 2 == 1 || !hex.All(Uri.IsHexDigit))
        {
            return [];
        }
        var bytes = Convert.FromHexString(hex);
        try
        {
            AsnDecoder.ReadEncodedValue(bytes, AsnEncodingRules.BER, out _, out _, out var length);
            return bytes[..length];
        }
        catch (AsnContentException)
        {
            return bytes;
        }
    }
}

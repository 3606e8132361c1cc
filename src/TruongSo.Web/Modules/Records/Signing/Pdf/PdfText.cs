using System.Globalization;
using System.Text;

namespace TruongSo.Web.Modules.Records.Signing.Pdf;

/// <summary>PDF text strings and dates (ISO 32000-1 §7.9.2, §7.9.4).</summary>
internal static class PdfText
{
    /// <summary>ASCII as a literal string; anything else (Vietnamese) as UTF-16BE with a byte-order mark.</summary>
    public static PdfAtom String(string text)
    {
        text = text.Normalize(NormalizationForm.FormC);
        if (text.All(c => c is >= ' ' and <= '~'))
        {
            var escaped = text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);
            return new PdfAtom($"({escaped})");
        }
        return new PdfAtom($"<FEFF{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text))}>");
    }

    public static PdfAtom Date(DateTimeOffset at)
    {
        var offset = at.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var o = offset.Duration();
        return new PdfAtom(string.Create(CultureInfo.InvariantCulture, $"(D:{at:yyyyMMddHHmmss}{sign}{o.Hours:D2}'{o.Minutes:D2}')"));
    }

    /// <summary>Decodes a string atom as written (literal or hex, PDFDocEncoding or UTF-16BE).</summary>
    public static string Decode(PdfItem? item)
    {
        if (item is not PdfAtom { Text.Length: >= 2 } atom)
        {
            return "";
        }
        var bytes = atom.Text[0] == '<' ? Convert.FromHexString(atom.Text[1..^1].Replace(" ", "", StringComparison.Ordinal)) : Unescape(atom.Text[1..^1]);
        return bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF
            ? Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2)
            : Encoding.Latin1.GetString(bytes);
    }

    public static DateTimeOffset? ParseDate(string text)
    {
        if (text.StartsWith("D:", StringComparison.Ordinal))
        {
            text = text[2..];
        }
        var stamp = text.Length >= 14 ? text[..14] : null;
        if (stamp is null || !DateTime.TryParseExact(stamp, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }
        var rest = text[14..].Replace("'", "", StringComparison.Ordinal);
        var offset = rest.Length >= 5 && rest[0] is '+' or '-'
            ? new TimeSpan(int.Parse(rest[1..3], CultureInfo.InvariantCulture), int.Parse(rest[3..5], CultureInfo.InvariantCulture), 0) * (rest[0] == '-' ? -1 : 1)
            : TimeSpan.Zero;
        return new DateTimeOffset(local, offset);
    }

    private static byte[] Unescape(string s)
    {
        var result = new List<byte>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\' || i + 1 >= s.Length)
            {
                result.Add((byte)s[i]);
                continue;
            }
            var c = s[++i];
            if (c is >= '0' and <= '7')
            {
                var end = i;
                while (end < s.Length && end < i + 3 && s[end] is >= '0' and <= '7')
                {
                    end++;
                }
                result.Add((byte)Convert.ToInt32(s[i..end], 8));
                i = end - 1;
                continue;
            }
            result.Add(c switch { 'n' => 10, 'r' => 13, 't' => 9, 'b' => 8, 'f' => 12, '\r' or '\n' => 0, _ => (byte)c });
            if (c is '\r' or '\n')
            {
                result.RemoveAt(result.Count - 1);
            }
        }
        return [.. result];
    }
}

using System.Globalization;
using System.Text;

namespace TruongSo.Web.Platform.Text;

/// <summary>
/// Vietnamese names for search and sorting, computed in code and stored, so that SQLite and
/// PostgreSQL (whatever its locale) search and order them the same way.
/// </summary>
public static class VietnameseText
{
    // The Vietnamese alphabet in dictionary order; f, j, w, z only occur in foreign names.
    private const string Alphabet = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";

    /// <summary>"Nguyễn  Văn ĐỨC" → "nguyen van duc": no marks, đ → d, lower case, single spaces.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>
    /// A key that orders people as a Vietnamese class list does: by given name (the last word),
    /// then the rest of the name, word by word; letters in Vietnamese alphabet order (a ă â … đ …),
    /// a word's tones breaking ties between words of the same letters. Digits only, so any
    /// database collation orders it the same way.
    /// </summary>
    public static string SortKey(string fullName)
    {
        var words = fullName.Normalize(NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return "";
        }
        var key = new StringBuilder(fullName.Length * 4);
        foreach (var word in words[^1..].Concat(words[..^1]))
        {
            // Each word whole: its letters, an end mark ("An" < "Anh"), then its tones
            // ("Anh" < "Ánh"), so the given name is decided before the family name is looked at.
            foreach (var c in word)
            {
                var rank = c < Table.Length ? Table[c].Rank : 99;
                key.Append((char)('0' + (rank / 10))).Append((char)('0' + (rank % 10)));
            }
            key.Append("00");
            foreach (var c in word)
            {
                key.Append(c < Table.Length ? Table[c].Tone : '0');
            }
        }
        return key.ToString();
    }

    // Every character up to the Vietnamese block (U+1EFF), split once at start-up: imports key
    // tens of thousands of names, and normalising each character costs more than the rest.
    private static readonly (byte Rank, char Tone)[] Table = BuildTable();

    private static (byte Rank, char Tone)[] BuildTable()
    {
        var table = new (byte, char)[0x1F00];
        for (var c = 0; c < table.Length; c++)
        {
            var (letter, tone) = Split(char.ToLowerInvariant((char)c));
            var index = Alphabet.IndexOf(letter, StringComparison.Ordinal);
            table[c] = ((byte)(index < 0 ? 99 : index + 10), tone);
        }
        return table;
    }

    /// <summary>A letter without its tone, and the tone: 0 none, 1 huyền, 2 hỏi, 3 ngã, 4 sắc, 5 nặng.</summary>
    private static (char Letter, char Tone) Split(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var tone = '0';
        var kept = new StringBuilder();
        foreach (var part in decomposed)
        {
            switch (part)
            {
                case '\u0300': tone = '1'; break; // huyền
                case '\u0309': tone = '2'; break; // hỏi
                case '\u0303': tone = '3'; break; // ngã
                case '\u0301': tone = '4'; break; // sắc
                case '\u0323': tone = '5'; break; // nặng
                default: kept.Append(part); break;
            }
        }
        var letter = kept.ToString().Normalize(NormalizationForm.FormC);
        return (letter.Length == 1 ? letter[0] : c, tone);
    }
}

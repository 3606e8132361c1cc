using System.Globalization;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Rules;
using TruongSo.Web.Platform.Text;

namespace TruongSo.Web.Modules.People.ImportExport.Xlsx;

/// <summary>Reading the values people type into Excel: dates either way, Nam/Nữ, numbers that lost their leading zero.</summary>
public static class CellText
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "yyyy-MM-dd"];

    /// <summary>A real Excel date arrives as dd/MM/yyyy from the reader; text may be dd/MM/yyyy or yyyy-MM-dd.</summary>
    public static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static Gender? Gender(string text) => VietnameseText.Fold(text) switch
    {
        "nam" or "male" or "m" => Contracts.Gender.Male,
        "nu" or "female" or "f" => Contracts.Gender.Female,
        _ => null,
    };

    public static string GenderName(Gender gender) => gender == Contracts.Gender.Female ? "Nữ" : "Nam";

    /// <summary>A phone typed as a number loses its 0 (912345678); put it back before the usual check.</summary>
    public static string? Phone(XlsxCell cell) =>
        StudentValidation.NormalizePhone(cell.IsNumber && cell.Text.Length == 9 ? "0" + cell.Text : cell.Text);

    /// <summary>An ID number typed as a number loses its leading zeros (001... → 1...).</summary>
    public static string PersonalId(XlsxCell cell)
    {
        var text = (cell.Text ?? "").Trim().Replace(" ", "", StringComparison.Ordinal);
        return cell.IsNumber && text.Length is > 0 and < 12 && text.All(char.IsAsciiDigit) ? text.PadLeft(12, '0') : text;
    }

    /// <summary>Trimmed, single-spaced, composed (NFC) text: how names are stored.</summary>
    public static string Clean(string text) => IsClean(text) ? text :
        string.Join(' ', text.Normalize(System.Text.NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// Most cells are clean already; checking costs a pass over the characters, cleaning costs an
    /// ICU call and three strings. Letters below U+0300 and the precomposed Vietnamese letters
    /// (U+1E00–U+1EFF) are NFC as they are; anything else (a combining mark) goes the long way.
    /// </summary>
    private static bool IsClean(string text)
    {
        var space = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (space || c != ' ')
                {
                    return false;
                }
                space = true;
            }
            else if (c >= '\u0300' && c is < '\u1E00' or > '\u1EFF')
            {
                return false;
            }
            else
            {
                space = false;
            }
        }
        return !space || text.Length == 0;
    }
}

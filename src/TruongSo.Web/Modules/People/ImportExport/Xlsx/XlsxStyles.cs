using System.Xml;

namespace TruongSo.Web.Modules.People.ImportExport.Xlsx;

/// <summary>
/// Which cell styles show a number as a date. Excel stores a date as a day count; only the
/// style's number format (built-in 14–22, 27–36, 45–47, 50–58, or a custom code with d/m/y)
/// says so.
/// </summary>
internal sealed class XlsxStyles
{
    private readonly List<bool> dateByStyle = [];

    public bool IsDate(int styleIndex) => styleIndex >= 0 && styleIndex < dateByStyle.Count && dateByStyle[styleIndex];

    public static XlsxStyles Read(XlsxWorkbook book, string part)
    {
        var styles = new XlsxStyles();
        using var xml = book.OpenPart(part);
        if (xml is null)
        {
            return styles;
        }
        var customDates = new HashSet<int>();
        var inCellXfs = false;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "cellXfs")
            {
                inCellXfs = false;
            }
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            switch (xml.LocalName)
            {
                case "numFmt" when int.TryParse(xml.GetAttribute("numFmtId"), out var id) && IsDateCode(xml.GetAttribute("formatCode")):
                    customDates.Add(id);
                    break;
                case "cellXfs":
                    inCellXfs = !xml.IsEmptyElement;
                    break;
                case "xf" when inCellXfs:
                    var fmt = int.TryParse(xml.GetAttribute("numFmtId"), out var f) ? f : 0;
                    styles.dateByStyle.Add(IsBuiltInDate(fmt) || customDates.Contains(fmt));
                    break;
                default:
                    break;
            }
        }
        return styles;
    }

    private static bool IsBuiltInDate(int id) => id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58);

    /// <summary>d, m or y outside quotes and [brackets] (colours, locales, elapsed time).</summary>
    private static bool IsDateCode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return false;
        }
        var (quoted, bracket) = (false, false);
        foreach (var c in code)
        {
            switch (c)
            {
                case '"': quoted = !quoted; break;
                case '[' when !quoted: bracket = true; break;
                case ']' when !quoted: bracket = false; break;
                case 'd' or 'D' or 'm' or 'M' or 'y' or 'Y' when !quoted && !bracket: return true;
                default: break;
            }
        }
        return false;
    }
}

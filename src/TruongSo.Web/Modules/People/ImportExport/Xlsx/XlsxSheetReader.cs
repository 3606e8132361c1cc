using System.Globalization;
using System.Xml;

namespace TruongSo.Web.Modules.People.ImportExport.Xlsx;

/// <summary>
/// Streams one worksheet's &lt;row&gt; elements into <see cref="XlsxRow"/>s; nothing else of the sheet
/// is kept. The sheet is most of an import's bytes (11 MB of XML for 10,000 rows of inline strings),
/// so names are compared as atoms of the reader's name table (a reference comparison, not a string
/// one) and attributes are walked once instead of looked up by name.
/// </summary>
internal static class XlsxSheetReader
{
    public static IEnumerable<XlsxRow> Read(XlsxWorkbook book, string part, List<string> shared, XlsxStyles styles, XlsxLimits limits)
    {
        var names = new NameTable();
        var (row, c, v, t, r, s) = (names.Add("row"), names.Add("c"), names.Add("v"), names.Add("t"), names.Add("r"), names.Add("s"));
        using var xml = book.OpenPart(part, names) ?? throw new XlsxException(XlsxWorkbook.NotAnXlsx);
        var cells = new List<(int Column, XlsxCell Cell)>();
        var (rowNumber, rowsRead, column, style, kind, inValue) = (0, 0, -1, 0, "n", false);
        string? value = null;
        while (Next(xml))
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when ReferenceEquals(xml.LocalName, row):
                    rowNumber = Attribute(xml, r) is { } number && int.TryParse(number, CultureInfo.InvariantCulture, out var n) ? n : rowNumber + 1;
                    cells.Clear();
                    column = -1;
                    if (xml.IsEmptyElement)
                    {
                        continue;
                    }
                    break;
                case XmlNodeType.Element when ReferenceEquals(xml.LocalName, c):
                    (column, style, kind) = (column + 1, 0, "n");
                    while (xml.MoveToNextAttribute())
                    {
                        var name = xml.LocalName;
                        if (ReferenceEquals(name, r))
                        {
                            column = ColumnOf(xml.Value);
                        }
                        else if (ReferenceEquals(name, s))
                        {
                            style = int.TryParse(xml.Value, CultureInfo.InvariantCulture, out var i) ? i : 0;
                        }
                        else if (ReferenceEquals(name, t))
                        {
                            kind = xml.Value;
                        }
                    }
                    value = null;
                    if (column >= limits.MaxColumns)
                    {
                        throw new XlsxException($"Dòng {rowNumber} có dữ liệu ở cột thứ {column + 1}; tệp chỉ được có tối đa {limits.MaxColumns} cột.");
                    }
                    break;
                case XmlNodeType.Element:
                    // <v> holds the value; <t> inside <is> holds an inline string; <f> (formula) is skipped.
                    inValue = ReferenceEquals(xml.LocalName, v) || (ReferenceEquals(xml.LocalName, t) && kind == "inlineStr");
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA when inValue:
                    value = value is null ? xml.Value : value + xml.Value;
                    break;
                case XmlNodeType.EndElement when ReferenceEquals(xml.LocalName, c):
                    if (!string.IsNullOrEmpty(value))
                    {
                        cells.Add((column, Convert(value, kind, style, shared, styles)));
                    }
                    inValue = false;
                    break;
                case XmlNodeType.EndElement when ReferenceEquals(xml.LocalName, row):
                    var dense = Dense(rowNumber, cells);
                    if (!dense.IsBlank)
                    {
                        if (++rowsRead > limits.MaxRows + 1)
                        {
                            throw new XlsxException($"Tệp có hơn {limits.MaxRows:N0} dòng dữ liệu; hãy chia thành nhiều tệp.");
                        }
                        yield return dense;
                    }
                    break;
                case XmlNodeType.EndElement:
                    inValue = false;
                    break;
                default:
                    break;
            }
        }
    }

    private static string? Attribute(XmlReader xml, string name)
    {
        string? value = null;
        while (value is null && xml.MoveToNextAttribute())
        {
            value = ReferenceEquals(xml.LocalName, name) ? xml.Value : null;
        }
        xml.MoveToElement();
        return value;
    }

    private static bool Next(XmlReader xml)
    {
        try
        {
            return xml.Read();
        }
        catch (XmlException)
        {
            throw new XlsxException(XlsxWorkbook.NotAnXlsx);
        }
        catch (InvalidDataException)
        {
            throw new XlsxException(XlsxWorkbook.NotAnXlsx);
        }
    }
    private static XlsxCell Convert(string raw, string type, int style, List<string> shared, XlsxStyles styles) => type switch
    {
        "s" => int.TryParse(raw, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count ? new(shared[i], false) : throw new XlsxException(XlsxWorkbook.NotAnXlsx),
        "inlineStr" or "str" or "e" => new(raw, false),
        "b" => new(raw == "1" ? "TRUE" : "FALSE", false),
        "d" => new(DateTime.TryParse(raw, CultureInfo.InvariantCulture, out var iso) ? iso.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : raw, false),
        _ => Number(raw, styles.IsDate(style)),
    };

    /// <summary>A date-styled number becomes dd/MM/yyyy; other numbers their plain digits (no 1E+11).</summary>
    private static XlsxCell Number(string raw, bool isDate)
    {
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return new(raw, false);
        }
        if (isDate && d is >= 1 and < 2_958_466)
        {
            return new(DateTime.FromOADate(d).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), false);
        }
        var text = decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var m)
            ? m.ToString(CultureInfo.InvariantCulture)
            : d.ToString("R", CultureInfo.InvariantCulture);
        return new(text, true);
    }

    /// <summary>"AB12" → 27 (A = 0).</summary>
    internal static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }
            column = (column * 26) + (c - 'A' + 1);
            if (column > 16_384)
            {
                throw new XlsxException(XlsxWorkbook.NotAnXlsx);
            }
        }
        return column - 1;
    }

    private static XlsxRow Dense(int number, List<(int Column, XlsxCell Cell)> cells)
    {
        var width = 0;
        foreach (var (column, _) in cells)
        {
            width = Math.Max(width, column + 1);
        }
        var dense = new XlsxCell[width];
        foreach (var (column, cell) in cells)
        {
            if (column >= 0)
            {
                dense[column] = cell;
            }
        }
        return new XlsxRow(number, dense);
    }
}

using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TruongSo.Web.Modules.People.ImportExport.Xlsx;

/// <summary>A sheet to write: a bold header row, then rows of string, number or DateOnly cells.</summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<string> Headers, IEnumerable<object?[]> Rows, IReadOnlyList<double>? Widths = null);

/// <summary>
/// Writes workbooks with the Open XML SDK's streaming writer (rows are never held as a DOM).
/// Codes, ID numbers and phone numbers are written as text so that their leading zeros survive;
/// dates as real Excel dates shown dd/mm/yyyy.
/// </summary>
public static class XlsxWriter
{
    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;
    private const uint TextStyle = 3;

    public static void Write(Stream output, params XlsxSheet[] sheets)
    {
        using var doc = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = doc.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var list = workbook.Workbook.AppendChild(new Sheets());
        uint id = 1;
        foreach (var sheet in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            WriteSheet(part, sheet);
            list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
        }
        workbook.Workbook.Save();
    }

    public static byte[] ToBytes(params XlsxSheet[] sheets)
    {
        using var memory = new MemoryStream();
        Write(memory, sheets);
        return memory.ToArray();
    }

    private static void WriteSheet(WorksheetPart part, XlsxSheet sheet)
    {
        using var w = OpenXmlWriter.Create(part);
        w.WriteStartElement(new Worksheet());
        // Freeze the header row so that it stays in view while scrolling.
        w.WriteElement(new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }));
        if (sheet.Widths is { Count: > 0 } widths)
        {
            w.WriteElement(new Columns(widths.Select((width, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = width, CustomWidth = true })));
        }
        w.WriteStartElement(new SheetData());
        WriteRow(w, 1, sheet.Headers.Cast<object?>().ToArray(), HeaderStyle);
        var number = 2;
        foreach (var row in sheet.Rows)
        {
            WriteRow(w, number++, row, null);
        }
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter w, int number, object?[] values, uint? style)
    {
        w.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", number.ToString(CultureInfo.InvariantCulture))]);
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } value && Cell(value, style) is { } cell)
            {
                cell.CellReference = ColumnName(i) + number.ToString(CultureInfo.InvariantCulture);
                w.WriteElement(cell);
            }
        }
        w.WriteEndElement();
    }

    private static Cell? Cell(object value, uint? style) => value switch
    {
        string s when s.Length == 0 => null,
        string s => new Cell(new InlineString(new Text(s) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString, StyleIndex = style ?? TextStyle },
        DateOnly d => new Cell(new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture))) { StyleIndex = DateStyle },
        int or long or decimal or double => new Cell(new CellValue(System.Convert.ToString(value, CultureInfo.InvariantCulture)!)) { DataType = CellValues.Number },
        _ => Cell(System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", style),
    };

    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }
        return name;
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true }) { Count = 4 });
}

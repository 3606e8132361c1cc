using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TruongSo.Web.Modules.Gradebook.ExportMarks;

/// <summary>A score cell: written as a number shown with one decimal ("8,0"), as the sổ điểm prints it.</summary>
public readonly record struct ScoreCell(int Tenths)
{
    public decimal Value => new(Tenths, 0, 0, false, 1);
}

/// <summary>
/// One printed page of the sổ điểm: the title lines (Sở and trường in bold, then the heading, then
/// lớp, môn, học kì...), a bordered table
/// under a bold header row, and lines after it (counts, signatures).
/// </summary>
public sealed record GradebookTable(string SheetName, IReadOnlyList<string> Title, IReadOnlyList<string> Headers,
    IReadOnlyList<object?[]> Rows, IReadOnlyList<double> Widths, IReadOnlyList<object?[]>? After = null, bool Hidden = false)
{
    /// <summary>The header row's number as Excel shows it: the title lines, one blank line, then the header.</summary>
    public int HeaderRow => Title.Count + 2;
}

/// <summary>
/// Writes the familiar layout with the Open XML SDK (a class is a few dozen rows, so a DOM is fine).
/// The People exports' writer puts the header on row 1; the sổ điểm needs its title block above.
/// </summary>
public static class GradebookWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const uint Bold = 1, Header = 2, Text = 3, Score = 4, Number = 5, Heading = 6;

    public static byte[] ToBytes(params GradebookTable[] tables)
    {
        using var memory = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var book = doc.AddWorkbookPart();
            book.Workbook = new Workbook();
            book.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheets = book.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var table in tables)
            {
                var part = book.AddNewPart<WorksheetPart>();
                part.Worksheet = Sheet(table);
                sheets.Append(new Sheet { Id = book.GetIdOfPart(part), SheetId = id++, Name = table.SheetName, State = table.Hidden ? SheetStateValues.Hidden : null });
            }
            book.Workbook.Save();
        }
        return memory.ToArray();
    }

    private static Worksheet Sheet(GradebookTable t)
    {
        var data = new SheetData();
        var last = XlsxColumn(t.Headers.Count - 1);
        var merges = new MergeCells();
        for (var i = 0; i < t.Title.Count; i++)
        {
            data.Append(Row(i + 1, [t.Title[i]], i < 2 ? Bold : i == 2 ? Heading : 0u));
            merges.Append(new MergeCell { Reference = $"A{i + 1}:{last}{i + 1}" });
        }
        data.Append(Row(t.HeaderRow, [.. t.Headers], Header));
        var n = t.HeaderRow;
        foreach (var row in t.Rows)
        {
            data.Append(Row(++n, row, null));
        }
        n++;
        foreach (var row in t.After ?? [])
        {
            data.Append(Row(++n, row, null, bordered: false));
        }
        var sheet = new Worksheet(
            new SheetViews(new SheetView(new Pane { VerticalSplit = t.HeaderRow, TopLeftCell = $"A{t.HeaderRow + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
            new Columns(t.Widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })),
            data);
        if (t.Title.Count > 0)
        {
            sheet.Append(merges);
        }
        return sheet;
    }

    private static Row Row(int number, object?[] values, uint? style, bool bordered = true)
    {
        var row = new Row { RowIndex = (uint)number };
        for (var i = 0; i < values.Length; i++)
        {
            var reference = XlsxColumn(i) + number.ToString(CultureInfo.InvariantCulture);
            if (Cell(values[i], style, bordered) is { } cell)
            {
                cell.CellReference = reference;
                row.Append(cell);
            }
        }
        return row;
    }

    private static Cell? Cell(object? value, uint? style, bool bordered) => value switch
    {
        null when bordered && style is null => new Cell { StyleIndex = Text },
        null or "" => null,
        ScoreCell s => new Cell(new CellValue(s.Value.ToString("0.0", CultureInfo.InvariantCulture))) { DataType = CellValues.Number, StyleIndex = bordered ? Score : 0 },
        int i => new Cell(new CellValue(i.ToString(CultureInfo.InvariantCulture))) { DataType = CellValues.Number, StyleIndex = bordered ? Number : 0 },
        _ => new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "") { Space = SpaceProcessingModeValues.Preserve }))
        {
            DataType = CellValues.InlineString, StyleIndex = style ?? (bordered ? Text : 0),
        },
    };

    /// <summary>0 → "A", 26 → "AA".</summary>
    public static string XlsxColumn(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }
        return name;
    }

    private static Stylesheet Styles()
    {
        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        var center = new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true };
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "0.0" }) { Count = 1 },
            new Fonts(new Font(), new Font(new Bold()), new Font(new Bold(), new FontSize { Val = 14 })) { Count = 3 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(), thin) { Count = 2 },
            new CellFormats(
                new CellFormat(),
                new CellFormat { FontId = 1, ApplyFont = true },
                new CellFormat(center.CloneNode(true)) { FontId = 1, BorderId = 1, ApplyFont = true, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat { BorderId = 1, NumberFormatId = 49, ApplyBorder = true, ApplyNumberFormat = true },
                new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center }) { BorderId = 1, NumberFormatId = 164, ApplyBorder = true, ApplyNumberFormat = true, ApplyAlignment = true },
                new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center }) { BorderId = 1, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center }) { FontId = 2, ApplyFont = true, ApplyAlignment = true }) { Count = 7 });
    }
}

using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TruongSo.Tests.Infrastructure;

/// <summary>A student line for a test workbook; null cells stay empty.</summary>
public sealed record Pupil(string? Code, string Name, DateOnly Dob, string Gender = "Nam", string? PersonalId = null,
    string? Address = null, string? Class = null, string? Guardian = null, string? Relation = null, string? Phone = null,
    string? Ethnicity = null, bool DobAsText = false);

/// <summary>
/// xlsx files for tests, written with the Open XML SDK's DOM the way Excel writes them (shared
/// strings, date styles) — not with the app's own writer, so the reader is tested against a
/// producer it does not share code with. Also broken and hostile files.
/// </summary>
public static class Workbooks
{
    public static readonly string[] StudentHeaders =
        ["Mã định danh", "Số định danh cá nhân", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Địa chỉ", "Lớp", "Họ tên phụ huynh", "Quan hệ với học sinh", "SĐT phụ huynh"];

    public static byte[] Students(params Pupil[] pupils) => Sheet("HocSinh", StudentHeaders, pupils.Select(p => new object?[]
    {
        p.Code, p.PersonalId, p.Name, p.DobAsText ? p.Dob.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : p.Dob, p.Gender, p.Ethnicity,
        p.Address, p.Class, p.Guardian, p.Relation, p.Phone,
    }));

    /// <summary>One sheet: strings in the shared string table, DateOnly as a day number with date style 14, numbers as numbers.</summary>
    public static byte[] Sheet(string name, IReadOnlyList<string> headers, IEnumerable<object?[]> rows)
    {
        using var memory = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var book = doc.AddWorkbookPart();
            book.Workbook = new Workbook();
            book.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new Fonts(new Font()), new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
                new Borders(new Border()), new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
            var strings = book.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var index = new Dictionary<string, int>();
            var data = new SheetData();
            var all = new List<object?[]> { headers.Cast<object?>().ToArray() };
            all.AddRange(rows);
            for (var r = 0; r < all.Count; r++)
            {
                var row = new Row { RowIndex = (uint)r + 1 };
                for (var c = 0; c < all[r].Length; c++)
                {
                    if (all[r][c] is { } value)
                    {
                        row.Append(Cell(value, $"{(char)('A' + c)}{r + 1}", strings.SharedStringTable, index));
                    }
                }
                data.Append(row);
            }
            var sheet = book.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(data);
            book.Workbook.AppendChild(new Sheets(new Sheet { Id = book.GetIdOfPart(sheet), SheetId = 1, Name = name }));
        }
        return memory.ToArray();
    }

    private static Cell Cell(object value, string reference, SharedStringTable strings, Dictionary<string, int> index) => value switch
    {
        DateOnly d => new Cell(new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture))) { CellReference = reference, StyleIndex = 1 },
        int or long or double => new Cell(new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!)) { CellReference = reference, DataType = CellValues.Number },
        _ => new Cell(new CellValue(Shared(strings, index, value.ToString()!).ToString(CultureInfo.InvariantCulture))) { CellReference = reference, DataType = CellValues.SharedString },
    };

    private static int Shared(SharedStringTable table, Dictionary<string, int> index, string text)
    {
        if (!index.TryGetValue(text, out var i))
        {
            table.Append(new SharedStringItem(new Text(text)));
            index[text] = i = index.Count;
        }
        return i;
    }

    /// <summary>Every sheet's rows as text by column (empty cells ""), read with the SDK's DOM: how a test looks inside what the app wrote.</summary>
    public static Dictionary<string, List<string[]>> Read(byte[] xlsx)
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var book = doc.WorkbookPart!;
        var shared = book.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var result = new Dictionary<string, List<string[]>>();
        foreach (var sheet in book.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)book.GetPartById(sheet.Id!);
            result[sheet.Name!] = [.. part.Worksheet.Descendants<Row>().Select(r =>
            {
                var cells = r.Elements<Cell>().ToList();
                var row = new string[cells.Count == 0 ? 0 : cells.Max(c => Column(c.CellReference!.Value!)) + 1];
                Array.Fill(row, "");
                foreach (var c in cells)
                {
                    row[Column(c.CellReference!.Value!)] = c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.InnerText, CultureInfo.InvariantCulture)]
                        : c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "";
                }
                return row;
            })];
        }
        return result;
    }

    private static int Column(string reference) => reference.TakeWhile(char.IsAsciiLetterUpper).Aggregate(0, (n, c) => (n * 26) + c - 'A' + 1) - 1;

    /// <summary>The Open XML SDK's schema validation errors (none when Excel will open the file).</summary>
    public static List<string> Validate(byte[] xlsx)
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        return [.. new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}")];
    }

    /// <summary>A zip holding exactly these entries (for broken and hostile "workbooks").</summary>
    public static byte[] Zip(params (string Path, string Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(path).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }
        return memory.ToArray();
    }

    /// <summary>
    /// A valid-looking workbook whose sheet inflates to <paramref name="inflatedMegabytes"/> MB of
    /// one repeated row: a few hundred kilobytes on the wire. Written by streaming, never held whole.
    /// </summary>
    public static byte[] Bomb(int inflatedMegabytes)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            Write(zip, "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"HocSinh\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Write(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
            sheet.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            // Blank rows: the reader skips them, so only the byte budget can stop it.
            var row = new string(' ', 1000);
            for (long written = 0; written < inflatedMegabytes * 1024L * 1024; written += row.Length)
            {
                sheet.Write(row);
            }
            sheet.Write("</sheetData></worksheet>");
        }
        return memory.ToArray();
    }

    private static void Write(ZipArchive zip, string path, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(path).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }

    /// <summary>A file of <paramref name="megabytes"/> MB that is never in memory: a sparse file on disk.</summary>
    public static string LargeFile(string directory, int megabytes)
    {
        var path = Path.Combine(directory, $"lon-{Guid.NewGuid():N}.xlsx");
        using var file = File.Create(path);
        file.Write("PK\u0003\u0004"u8);
        file.SetLength(megabytes * 1024L * 1024);
        return path;
    }
}


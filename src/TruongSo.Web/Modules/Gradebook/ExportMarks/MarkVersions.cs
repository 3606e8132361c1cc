using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Gradebook.EnterMarks;
using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Web.Modules.Gradebook.ExportMarks;

/// <summary>The cell as it left in the export: its version and what the sheet showed.</summary>
public sealed record ExportedCell(int Version, string Shown);

/// <summary>
/// A hidden sheet in the exported sổ điểm with each cell's version and value at the export. The
/// import uses it as the base of a three-way merge: a cell the teacher left as exported is not
/// sent (a newer mark entered since stays), and a cell changed in the file goes to the grid's save
/// with the exported version, so a mark also changed by someone else comes back as a conflict.
/// </summary>
public static class MarkVersions
{
    public const string SheetName = "PhienBan";
    private static readonly string[] Headers = ["Mã học sinh", "Cột", "Phiên bản", "Giá trị"];

    public static GradebookTable Table(MarkSheetLayout layout, IReadOnlyList<RosterEntry> students, IReadOnlyDictionary<(Guid, MarkColumn), Mark> marks) =>
        new(SheetName, [], Headers,
            [.. students.SelectMany(s => layout.MarkColumns.Select(c => marks.GetValueOrDefault((s.StudentId, c.Column.Column)) is var mark
                ? (object?[])[s.StudentCode, c.Column.Key, mark?.Version ?? 0, CellText.Display(c.Column, mark)]
                : []))],
            [16, 8, 10, 10], Hidden: true);

    /// <summary>The exported cells by (student code, column key); null for a file without the sheet (an older export, a hand-made file).</summary>
    public static IReadOnlyDictionary<(string Code, string Column), ExportedCell>? Read(SpreadsheetRead read)
    {
        var header = read.Rows.FirstOrDefault(r => r.Cells.Take(Headers.Length).SequenceEqual(Headers));
        if (read.Error is not null || header is null)
        {
            return null;
        }
        var cells = new Dictionary<(string, string), ExportedCell>();
        foreach (var row in read.Rows.Where(r => r.Number > header.Number))
        {
            if (int.TryParse(row[2], out var version))
            {
                cells[(row[0].Trim(), row[1].Trim())] = new(version, row[3].Trim());
            }
        }
        return cells;
    }
}

namespace TruongSo.Web.Modules.People.Contracts;

/// <summary>A row of an uploaded workbook: its number as Excel shows it, and each cell's text by column (A = 0).</summary>
public sealed record SpreadsheetRow(int Number, IReadOnlyList<string> Cells)
{
    public string this[int column] => column < Cells.Count ? Cells[column] : "";
}

/// <summary>The non-blank rows of one sheet, or why the file was refused (in Vietnamese).</summary>
public sealed record SpreadsheetRead(IReadOnlyList<SpreadsheetRow> Rows, string? Error);

/// <summary>
/// People's guarded xlsx reader (ImportExport/Xlsx: streaming, file and inflated-size limits
/// against zip bombs) for other modules' imports, e.g. the gradebook's marks.
/// </summary>
public interface ISpreadsheetReader
{
    /// <summary>Uploads above this are refused before they are read (Import:MaxFileBytes).</summary>
    long MaxFileBytes { get; }

    /// <summary>The sheet called <paramref name="sheetName"/>, else the first sheet.</summary>
    SpreadsheetRead Read(Stream file, string sheetName);
}

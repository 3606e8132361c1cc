using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Web.Modules.People.ImportExport.Xlsx;

/// <summary>The contract's door to <see cref="XlsxWorkbook"/>, with the configured limits.</summary>
internal sealed class SpreadsheetReader(XlsxLimits limits) : ISpreadsheetReader
{
    public long MaxFileBytes => limits.MaxFileBytes;

    public SpreadsheetRead Read(Stream file, string sheetName)
    {
        try
        {
            using var book = XlsxWorkbook.Open(file, limits);
            var sheet = book.SheetNames.FirstOrDefault(n => string.Equals(n.Trim(), sheetName, StringComparison.OrdinalIgnoreCase)) ?? book.SheetNames[0];
            return new([.. book.Rows(sheet).Select(r => new SpreadsheetRow(r.Number, [.. r.Cells.Select(c => c.Text ?? "")]))], null);
        }
        catch (XlsxException e)
        {
            return new([], e.Message);
        }
    }
}

namespace TruongSo.Web.Modules.People.ImportExport.Xlsx;

/// <summary>The data rows of an import file under a checked header, or the file-level errors.</summary>
public sealed record ImportSheet(SheetLayout? Layout, IReadOnlyList<XlsxRow> Rows, IReadOnlyList<ImportError> Errors)
{
    /// <summary>
    /// Reads the sheet called <paramref name="sheetName"/>, or the first sheet when there is none
    /// by that name. Its first non-blank row is the header; every later non-blank row is data.
    /// </summary>
    public static ImportSheet Read(Stream file, XlsxLimits limits, string sheetName, IReadOnlyList<SheetColumn> columns,
        IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        try
        {
            using var book = XlsxWorkbook.Open(file, limits);
            var named = book.SheetNames.FirstOrDefault(n => string.Equals(n.Trim(), sheetName, StringComparison.OrdinalIgnoreCase));
            var sheet = named ?? book.SheetNames[0];
            XlsxRow? header = null;
            var rows = new List<XlsxRow>();
            foreach (var row in book.Rows(sheet))
            {
                if (header is null)
                {
                    header = row;
                    continue;
                }
                rows.Add(row);
                if (rows.Count % 1000 == 0)
                {
                    ct.ThrowIfCancellationRequested();
                    progress?.Report(new(ImportStage.Reading, rows.Count, 0));
                }
            }
            if (header is null)
            {
                return Fail($"Trang tính '{sheet}' không có dữ liệu (tệp trống).");
            }
            var (layout, errors) = SheetLayout.Match(columns, header);
            if (layout is null)
            {
                if (named is null)
                {
                    errors.Insert(0, new(0, null, $"Không có trang tính '{sheetName}'; trang đầu tiên '{sheet}' không đúng mẫu nhập. Hãy dùng tệp mẫu tải về từ hệ thống."));
                }
                return new(null, [], errors);
            }
            if (rows.Count == 0)
            {
                return Fail($"Trang tính '{sheet}' chỉ có dòng tiêu đề, không có dòng dữ liệu nào.");
            }
            return new(layout, rows, []);
        }
        catch (XlsxException e)
        {
            return Fail(e.Message);
        }
    }

    private static ImportSheet Fail(string message) => new(null, [], [new ImportError(0, null, message)]);
}

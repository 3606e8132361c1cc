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
        var rows = new List<XlsxRow>();
        var sheet = Read(file, limits, sheetName, columns, (_, row) => rows.Add(row), progress, ct);
        return sheet with { Rows = sheet.Layout is null ? [] : rows };
    }

    /// <summary>
    /// Like <see cref="Read(Stream, XlsxLimits, string, IReadOnlyList{SheetColumn}, IProgress{ImportProgress}?, CancellationToken)"/>,
    /// but hands every data row to <paramref name="take"/> (on the calling thread, in order) as soon
    /// as the header is known, while a worker thread goes on reading the sheet; <see cref="Rows"/>
    /// is then empty. <paramref name="take"/> may have seen rows when a later fault refuses the file.
    /// </summary>
    public static ImportSheet Read(Stream file, XlsxLimits limits, string sheetName, IReadOnlyList<SheetColumn> columns,
        Action<SheetLayout, XlsxRow> take, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        try
        {
            using var book = XlsxWorkbook.Open(file, limits);
            var named = book.SheetNames.FirstOrDefault(n => string.Equals(n.Trim(), sheetName, StringComparison.OrdinalIgnoreCase));
            var sheet = named ?? book.SheetNames[0];
            using var rows = ReadAhead.Of(book.Rows(sheet), ct).GetEnumerator();
            if (!rows.MoveNext())
            {
                return Fail($"Trang tính '{sheet}' không có dữ liệu (tệp trống).");
            }
            var (layout, errors) = SheetLayout.Match(columns, rows.Current);
            if (layout is null)
            {
                if (named is null)
                {
                    errors.Insert(0, new(0, null, $"Không có trang tính '{sheetName}'; trang đầu tiên '{sheet}' không đúng mẫu nhập. Hãy dùng tệp mẫu tải về từ hệ thống."));
                }
                return new(null, [], errors);
            }
            var count = 0;
            while (rows.MoveNext())
            {
                take(layout, rows.Current);
                if (++count % 1000 == 0)
                {
                    progress?.Report(new(ImportStage.Reading, count, 0));
                }
            }
            if (count == 0)
            {
                return Fail($"Trang tính '{sheet}' chỉ có dòng tiêu đề, không có dòng dữ liệu nào.");
            }
            return new(layout, [], []);
        }
        catch (XlsxException e)
        {
            return Fail(e.Message);
        }
    }

    private static ImportSheet Fail(string message) => new(null, [], [new ImportError(0, null, message)]);
}

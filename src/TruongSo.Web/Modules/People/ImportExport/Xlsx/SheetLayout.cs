using TruongSo.Web.Platform.Text;

namespace TruongSo.Web.Modules.People.ImportExport.Xlsx;

/// <summary>A column of an import sheet: its header, whether it must be present, and the line the guide sheet shows.</summary>
public sealed record SheetColumn(string Key, string Header, bool Required, string Guide, params string[] Aliases);

/// <summary>
/// Where each known column sits in a file. Row 1 is the header row; headers are matched without
/// regard to case, marks or spacing ("ho va ten" is "Họ và tên"), columns may come in any order,
/// optional ones may be left out, and any column we do not know is an error, named.
/// </summary>
public sealed class SheetLayout
{
    private readonly Dictionary<string, int> index;

    private SheetLayout(Dictionary<string, int> index) => this.index = index;

    public bool Has(string key) => index.ContainsKey(key);

    public string Text(XlsxRow row, string key) => index.TryGetValue(key, out var i) ? row[i].Text?.Trim() ?? "" : "";

    public XlsxCell Cell(XlsxRow row, string key) => index.TryGetValue(key, out var i) ? row[i] : default;

    public static (SheetLayout? Layout, List<ImportError> Errors) Match(IReadOnlyList<SheetColumn> columns, XlsxRow header)
    {
        var errors = new List<ImportError>();
        var byName = new Dictionary<string, SheetColumn>();
        foreach (var column in columns)
        {
            foreach (var name in column.Aliases.Prepend(column.Header))
            {
                byName[Key(name)] = column;
            }
        }
        var index = new Dictionary<string, int>();
        for (var i = 0; i < header.Cells.Length; i++)
        {
            var text = header.Cells[i].Text?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }
            var letter = XlsxWriter.ColumnName(i);
            if (!byName.TryGetValue(Key(text), out var column))
            {
                errors.Add(new(header.Number, text, $"Cột {letter} '{text}' không có trong mẫu nhập."));
            }
            else if (!index.TryAdd(column.Key, i))
            {
                errors.Add(new(header.Number, column.Header, $"Cột '{column.Header}' xuất hiện hai lần (cột {XlsxWriter.ColumnName(index[column.Key])} và {letter})."));
            }
        }
        foreach (var missing in columns.Where(c => c.Required && !index.ContainsKey(c.Key)))
        {
            errors.Add(new(header.Number, missing.Header, $"Thiếu cột bắt buộc '{missing.Header}'."));
        }
        return (errors.Count == 0 ? new SheetLayout(index) : null, errors);
    }

    private static string Key(string header) => VietnameseText.Fold(header).Replace(" ", "", StringComparison.Ordinal).Replace("*", "", StringComparison.Ordinal);
}

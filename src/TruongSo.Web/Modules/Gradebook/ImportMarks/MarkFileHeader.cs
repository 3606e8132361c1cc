using System.Text.RegularExpressions;
using TruongSo.Web.Modules.Gradebook.EnterMarks;
using TruongSo.Web.Modules.Gradebook.ExportMarks;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Text;

namespace TruongSo.Web.Modules.Gradebook.ImportMarks;

/// <summary>A problem in the file: the row as Excel numbers it (0 for the file), the column's header, a Vietnamese message naming both.</summary>
public sealed record ImportProblem(int Row, string? Column, string Message);

/// <summary>
/// Where the columns of an exported sổ điểm page sit in an uploaded file. The title block comes
/// first, so the header is the first row holding "Mã học sinh". Headers match without regard to
/// case, marks or spaces; STT, Họ và tên and the computed ĐTB columns are read-only and skipped;
/// an ĐĐGtx beyond the subject's count (TT22 Điều 6) or an unknown column is an error.
/// </summary>
public sealed partial record MarkFileHeader(SpreadsheetRow Row, int CodeColumn, IReadOnlyDictionary<int, (string Header, SheetColumn Column)> Marks)
{
    public static (MarkFileHeader? Header, List<ImportProblem> Errors) Find(IReadOnlyList<SpreadsheetRow> rows, MarkSheetLayout layout)
    {
        var errors = new List<ImportProblem>();
        var row = rows.FirstOrDefault(r => r.Cells.Any(c => Key(c) == Key(MarkSheetLayout.Code)));
        if (row is null)
        {
            errors.Add(new(0, null, $"Không tìm thấy dòng tiêu đề có cột “{MarkSheetLayout.Code}”. Hãy dùng tệp xuất từ sổ điểm của lớp này."));
            return (null, errors);
        }
        var known = layout.MarkColumns.ToDictionary(c => Key(c.Header));
        var readOnly = new[] { MarkSheetLayout.Number, MarkSheetLayout.Name }.Concat(layout.ResultColumns.Select(c => c.Header)).Select(Key).ToHashSet();
        var marks = new Dictionary<int, (string, SheetColumn)>();
        var code = -1;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var (text, key) = (row[i].Trim(), Key(row[i]));
            if (key.Length == 0 || readOnly.Contains(key))
            {
                continue;
            }
            if (key == Key(MarkSheetLayout.Code))
            {
                code = code < 0 ? i : code;
                continue;
            }
            if (known.TryGetValue(key, out var column))
            {
                if (marks.Values.Any(m => m.Item2.Key == column.Column.Key))
                {
                    errors.Add(new(row.Number, text, $"Dòng {row.Number}, cột {text}: cột này xuất hiện hai lần."));
                }
                marks[i] = column;
                continue;
            }
            var sheet = layout.Sheet;
            errors.Add(new(row.Number, text, Regular().Match(key) is { Success: true } tx && sheet.Rules.RegularCount > 0
                ? $"Dòng {row.Number}, cột {text}: môn {sheet.Subject.Name} khối {sheet.Class.Grade} chỉ có {sheet.Rules.RegularCount} điểm đánh giá thường xuyên mỗi học kì (TT22 Điều 6), không có cột ĐĐGtx{tx.Groups[1].Value}."
                : $"Dòng {row.Number}, cột {GradebookWorkbook.XlsxColumn(i)} “{text}”: không có trong mẫu sổ điểm môn {sheet.Subject.Name}; các cột điểm: {string.Join(", ", layout.MarkColumns.Select(c => c.Header))}."));
        }
        return errors.Count == 0 ? (new MarkFileHeader(row, code, marks), errors) : (null, errors);
    }

    public static string Key(string? header) => VietnameseText.Fold(header).Replace(" ", "", StringComparison.Ordinal).Replace("*", "", StringComparison.Ordinal);

    [GeneratedRegex("^ddgtx(\\d+)$")]
    private static partial Regex Regular();
}

using System.Globalization;
using System.Text;
using TruongSo.Web.Modules.People.ImportExport.Xlsx;

namespace TruongSo.Web.Modules.People.ImportExport.Cli;

/// <summary>The report an operator keeps: the counts, then every error (row, column, message), as csv or xlsx.</summary>
public static class ImportReportFile
{
    public static void Write(FileInfo target, ImportReport report, string source)
    {
        target.Directory?.Create();
        object?[][] summary =
        [
            ["Tệp", source],
            ["Kết quả", report.Written ? "Đã ghi" : "Chưa ghi gì"],
            ["Số dòng đã đọc", report.RowsRead],
            ["Thêm mới", report.Created],
            ["Cập nhật", report.Updated],
            ["Bỏ qua", report.Skipped],
            ["Số lỗi", report.Errors.Count],
        ];
        var errors = report.Errors.Select(e => new object?[] { e.Row == 0 ? null : e.Row, e.Column, e.Message }).ToList();
        if (target.Extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            using var file = target.Create();
            XlsxWriter.Write(file, new XlsxSheet("Tóm tắt", ["Mục", "Giá trị"], summary, [20, 40]), new XlsxSheet("Lỗi", ["Dòng", "Cột", "Lỗi"], errors, [8, 24, 100]));
            return;
        }
        var csv = new StringBuilder();
        foreach (var line in summary)
        {
            Line(csv, line);
        }
        csv.AppendLine();
        Line(csv, ["Dòng", "Cột", "Lỗi"]);
        foreach (var line in errors)
        {
            Line(csv, line);
        }
        // A byte-order mark so that Excel opens the Vietnamese text as UTF-8.
        File.WriteAllText(target.FullName, csv.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
    }

    private static void Line(StringBuilder csv, object?[] values) =>
        csv.AppendLine(string.Join(',', values.Select(v => Quote(Convert.ToString(v, CultureInfo.InvariantCulture) ?? ""))));

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}

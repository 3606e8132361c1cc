using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.ImportExport.Staff;
using TruongSo.Web.Modules.People.ImportExport.Students;
using TruongSo.Web.Modules.People.ImportExport.Xlsx;

namespace TruongSo.Web.Modules.People.ImportExport;

/// <summary>
/// Blank workbooks to fill in: the data sheet with its header row only (no sample rows, which
/// would be imported if left in), then "Hướng dẫn" explaining every column, and for students the
/// list of ethnicities.
/// </summary>
public static class Templates
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Students() => XlsxWriter.ToBytes(
        new XlsxSheet(StudentSheet.SheetName, [.. StudentSheet.Columns.Select(c => c.Header)], [], StudentSheet.Widths),
        Guide(StudentSheet.Columns, "Mỗi dòng là một học sinh. Nhập lại cùng mã định danh (hoặc số định danh cá nhân) là cập nhật, không tạo trùng."),
        new XlsxSheet("Dân tộc", ["Mã", "Dân tộc"], Ethnicities.ByCode.Select(e => new object?[] { e.Key, e.Value }), [8, 20]));

    public static byte[] Staff() => XlsxWriter.ToBytes(
        new XlsxSheet(StaffSheet.SheetName, [.. StaffSheet.Columns.Select(c => c.Header)], [], StaffSheet.Widths),
        Guide(StaffSheet.Columns, "Mỗi dòng là một cán bộ, giáo viên, nhân viên. Nhập lại cùng mã cán bộ là cập nhật."));

    private static XlsxSheet Guide(IReadOnlyList<SheetColumn> columns, string intro) => new("Hướng dẫn", ["Cột", "Bắt buộc", "Cách nhập"],
        [
            [intro, null, null],
            ["Dòng 1 của trang dữ liệu là dòng tiêu đề; giữ nguyên tên cột. Có thể bỏ các cột không bắt buộc. Ngày nhập dd/MM/yyyy.", null, null],
            .. columns.Select(c => new object?[] { c.Header, c.Required ? "Có" : "", c.Guide }),
        ], [28, 10, 100]);
}

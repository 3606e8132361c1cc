using TruongSo.Web.Modules.People.ImportExport.Xlsx;
using TruongSo.Web.Modules.People.Rules;
using TruongSo.Web.Platform.Text;

namespace TruongSo.Web.Modules.People.ImportExport.Staff;

/// <summary>The staff sheet, shared by template, import and export. Keys are StaffValidation's field names.</summary>
public static class StaffSheet
{
    public const string SheetName = "CanBo";

    public static readonly IReadOnlyList<SheetColumn> Columns =
    [
        new("staffCode", "Mã cán bộ", true, "Bắt buộc. Mã của cán bộ trong trường (chữ, số, dấu gạch; tối đa 20 ký tự); nhập lại cùng mã là cập nhật.", "Mã CB", "Mã giáo viên"),
        new("fullName", "Họ và tên", true, "Bắt buộc. Họ, đệm và tên đầy đủ, có dấu.", "Họ tên"),
        new("dateOfBirth", "Ngày sinh", false, "dd/MM/yyyy hoặc kiểu ngày của Excel."),
        new("gender", "Giới tính", true, "Bắt buộc. Nam hoặc Nữ."),
        new("personalId", "Số định danh cá nhân", false, "12 chữ số (số CCCD).", "Số CCCD", "CCCD"),
        new("position", "Chức vụ", true, "Bắt buộc. " + string.Join(", ", StaffCodes.Positions.Values) + ".", "Vị trí việc làm"),
        new("qualification", "Trình độ", false, string.Join(", ", StaffCodes.Qualifications.Values) + ".", "Trình độ đào tạo"),
        new("mainSubjects", "Môn dạy", false, "Mã môn học của trường, cách nhau bởi dấu phẩy (ví dụ TOAN,TIN).", "Môn dạy chính"),
        new("employment", "Hình thức", false, string.Join(" hoặc ", StaffCodes.Employments.Values) + ".", "Hình thức tuyển dụng"),
        new("phone", "SĐT", false, "10 chữ số bắt đầu bằng 0.", "Số điện thoại"),
        new("email", "Email", false, "Địa chỉ email."),
    ];

    public static readonly IReadOnlyList<double> Widths = [14, 26, 13, 10, 18, 18, 12, 16, 12, 14, 28];

    public static string Header(string key) => Columns.First(c => c.Key == key).Header;

    /// <summary>"Giáo viên", "giao vien" or "giao-vien" → "giao-vien"; null when not on the list.</summary>
    public static string? Code(IReadOnlyDictionary<string, string> list, string text)
    {
        var folded = VietnameseText.Fold(text).Replace('-', ' ');
        return list.FirstOrDefault(e => e.Key.Replace('-', ' ') == folded || VietnameseText.Fold(e.Value) == folded).Key;
    }
}

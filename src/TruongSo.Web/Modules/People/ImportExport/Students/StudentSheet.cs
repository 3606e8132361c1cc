using TruongSo.Web.Modules.People.ImportExport.Xlsx;

namespace TruongSo.Web.Modules.People.ImportExport.Students;

/// <summary>
/// The student sheet: the template, the import and the export share these columns, so an export
/// can be imported again. Keys are the API's field names, so StudentValidation's messages land in
/// the right column. The primary guardian rides along in three columns.
/// </summary>
public static class StudentSheet
{
    public const string SheetName = "HocSinh";

    public static readonly IReadOnlyList<SheetColumn> Columns =
    [
        new("studentCode", "Mã định danh", false, "Mã định danh học sinh của ngành (6–20 chữ và số). Để trống với học sinh mới: hệ thống cấp mã. Không bao giờ thay đổi.", "Mã học sinh", "Mã định danh học sinh"),
        new("personalId", "Số định danh cá nhân", false, "12 chữ số (số CCCD/định danh cá nhân). Nhập dạng văn bản để giữ số 0 đầu.", "Số CCCD", "CCCD", "Số định danh"),
        new("fullName", "Họ và tên", true, "Bắt buộc. Họ, đệm và tên đầy đủ, có dấu.", "Họ tên"),
        new("dateOfBirth", "Ngày sinh", true, "Bắt buộc. Kiểu ngày của Excel hoặc văn bản dd/MM/yyyy."),
        new("gender", "Giới tính", true, "Bắt buộc. Nam hoặc Nữ."),
        new("ethnicity", "Dân tộc", false, "Tên hoặc mã trong danh mục 54 dân tộc (trang 'Dân tộc'); để trống là Kinh."),
        new("placeOfBirth", "Nơi sinh", false, "Tối đa 200 ký tự."),
        new("address", "Địa chỉ", false, "Địa chỉ thường trú, tối đa 300 ký tự.", "Địa chỉ thường trú"),
        new("className", "Lớp", false, "Tên lớp của năm học hiện tại (ví dụ 6A1). Để trống nếu chưa xếp lớp."),
        new("admittedOn", "Ngày nhập học", false, "Ngày vào trường (dd/MM/yyyy); để trống là ngày nhập tệp. Chỉ dùng cho học sinh mới."),
        new("specialNeeds", "Nhu cầu đặc biệt", false, "Khuyết tật hoặc nhu cầu hỗ trợ, tối đa 500 ký tự.", "Khuyết tật"),
        new("exemptions", "Miễn giảm", false, "Miễn học môn hoặc miễn giảm, tối đa 500 ký tự.", "Miễn học"),
        new("guardianName", "Họ tên phụ huynh", false, "Cha, mẹ hoặc người giám hộ liên hệ chính.", "Họ tên cha/mẹ/người giám hộ", "Họ tên người giám hộ"),
        new("guardianRelation", "Quan hệ với học sinh", false, "Bắt buộc khi có phụ huynh: Cha, Mẹ, Ông, Bà, Anh, Chị hoặc Người giám hộ.", "Quan hệ"),
        new("guardianPhone", "SĐT phụ huynh", false, "Bắt buộc khi có phụ huynh: 10 chữ số bắt đầu bằng 0. Một số điện thoại là một phụ huynh, dùng chung cho các con.", "Số điện thoại phụ huynh", "SĐT người giám hộ"),
    ];

    public static string Header(string key) => Columns.First(c => c.Key == key).Header;

    public static readonly IReadOnlyList<double> Widths = [16, 18, 26, 13, 10, 12, 24, 36, 8, 14, 20, 20, 26, 14, 14];
}

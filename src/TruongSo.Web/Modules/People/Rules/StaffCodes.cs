using TruongSo.Web.Modules.Access.Contracts;

namespace TruongSo.Web.Modules.People.Rules;

/// <summary>The code lists of a staff record, with their Vietnamese names, and the sign-in role each position gets.</summary>
public static class StaffCodes
{
    public static readonly IReadOnlyDictionary<string, string> Positions = new Dictionary<string, string>
    {
        ["giao-vien"] = "Giáo viên",
        ["hieu-truong"] = "Hiệu trưởng",
        ["pho-hieu-truong"] = "Phó hiệu trưởng",
        ["van-thu"] = "Văn thư",
        ["ke-toan"] = "Kế toán",
        ["nhan-vien"] = "Nhân viên",
    };

    public static readonly IReadOnlyDictionary<string, string> Qualifications = new Dictionary<string, string>
    {
        ["trung-cap"] = "Trung cấp",
        ["cao-dang"] = "Cao đẳng",
        ["dai-hoc"] = "Đại học",
        ["thac-si"] = "Thạc sĩ",
        ["tien-si"] = "Tiến sĩ",
    };

    public static readonly IReadOnlyDictionary<string, string> Employments = new Dictionary<string, string>
    {
        ["bien-che"] = "Biên chế",
        ["hop-dong"] = "Hợp đồng",
    };

    /// <summary>The role a position signs in with at its school; none for other staff (nhân viên).</summary>
    public static string? RoleFor(string position) => position switch
    {
        "giao-vien" => Roles.Teacher,
        "hieu-truong" or "pho-hieu-truong" => Roles.Principal,
        "van-thu" => Roles.SchoolAdmin,
        "ke-toan" => Roles.Accountant,
        _ => null,
    };

    public static string Name(IReadOnlyDictionary<string, string> list, string? code) =>
        code is null ? "" : list.GetValueOrDefault(code, code);
}

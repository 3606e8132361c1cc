using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Web.Modules.Access.Contracts;

public sealed record RoleInfo(string Code, string Name, OrgUnitKind GrantedOn, bool IsStaff);

/// <summary>The roles of the platform and the kind of org unit each is granted on.</summary>
public static class Roles
{
    public const string SystemAdmin = "system-admin";
    public const string MinistryOfficer = "ministry-officer";
    public const string ProvinceOfficer = "province-officer";
    public const string Principal = "principal";
    public const string SchoolAdmin = "school-admin";
    public const string Teacher = "teacher";
    public const string Accountant = "accountant";
    public const string Parent = "parent";
    public const string Student = "student";

    public static readonly IReadOnlyList<RoleInfo> All =
    [
        new(SystemAdmin, "Quản trị hệ thống", OrgUnitKind.Ministry, true),
        new(MinistryOfficer, "Cán bộ Bộ GD&ĐT", OrgUnitKind.Ministry, true),
        new(ProvinceOfficer, "Cán bộ Sở GD&ĐT", OrgUnitKind.Province, true),
        new(Principal, "Ban giám hiệu", OrgUnitKind.School, true),
        new(SchoolAdmin, "Văn thư, quản trị trường", OrgUnitKind.School, true),
        new(Teacher, "Giáo viên", OrgUnitKind.School, true),
        new(Accountant, "Kế toán", OrgUnitKind.School, true),
        new(Parent, "Phụ huynh", OrgUnitKind.School, false),
        new(Student, "Học sinh", OrgUnitKind.School, false),
    ];

    public static RoleInfo? Find(string code) => All.FirstOrDefault(r => r.Code == code);
}

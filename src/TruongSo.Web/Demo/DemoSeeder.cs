using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Access.ManageUsers;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Modules.Organization.ManageOrgUnits;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Demo;

public sealed record DemoAccount(string UserName, string FullName, string Role, string UnitCode);

/// <summary>A province with two schools and one account per role. Idempotent.</summary>
public sealed class DemoSeeder(AppDbContext db, AdminAccount admin, CreateOrgUnit units, CreateUser users, DemoOptions options)
{
    public const string ProvinceCode = "01";
    public const string SchoolCode = "01THCS001";
    public const string OtherSchoolCode = "01TH0001";

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("bo.thongke", "Trần Thị Minh Hằng", Roles.MinistryOfficer, AdminAccount.MinistryCode),
        new("so.hanoi", "Lê Văn Quang", Roles.ProvinceOfficer, ProvinceCode),
        new("hieutruong", "Nguyễn Thị Thu Hà", Roles.Principal, SchoolCode),
        new("vanthu", "Phạm Thị Lan", Roles.SchoolAdmin, SchoolCode),
        new("giaovien", "Đặng Văn Hùng", Roles.Teacher, SchoolCode),
        new("ketoan", "Vũ Thị Ngọc Ánh", Roles.Accountant, SchoolCode),
        new("0912345678", "Hoàng Văn Đức", Roles.Parent, SchoolCode),
        new("hocsinh", "Hoàng Minh Khôi", Roles.Student, SchoolCode),
        new("hieutruong.kimdong", "Bùi Thị Thanh Xuân", Roles.Principal, OtherSchoolCode),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        var ministry = await admin.MinistryAsync(ct);
        var province = await UnitAsync(OrgUnitKind.Province, ProvinceCode, "Thành phố Hà Nội", ministry, ct);
        await UnitAsync(OrgUnitKind.School, SchoolCode, "Trường THCS Nguyễn Trãi", province, ct);
        await UnitAsync(OrgUnitKind.School, OtherSchoolCode, "Trường Tiểu học Kim Đồng", province, ct);
        foreach (var account in Accounts)
        {
            var normalized = account.UserName.ToUpperInvariant();
            if (await db.Users.AnyAsync(u => u.NormalizedUserName == normalized, ct))
            {
                continue;
            }
            var unitId = await db.Set<OrgUnit>().Where(u => u.Code == account.UnitCode).Select(u => u.Id).SingleAsync(ct);
            var (_, errors) = await users.HandleAsync(new CreateUserRequest(account.UserName, account.FullName, options.Password, account.Role, unitId), ct);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"Không tạo được tài khoản demo {account.UserName}: " + string.Join(" ", errors.SelectMany(e => e.Value)));
            }
        }
    }

    private async Task<Guid> UnitAsync(OrgUnitKind kind, string code, string name, Guid parent, CancellationToken ct)
    {
        var existing = await db.Set<OrgUnit>().Where(u => u.Kind == kind && u.Code == code).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(ct);
        return existing ?? (await units.HandleAsync(new CreateOrgUnitRequest(kind, code, name, parent), ct)).Unit!.Id;
    }
}

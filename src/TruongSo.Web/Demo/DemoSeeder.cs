using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Access.ManageUsers;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Demo;

public sealed record DemoAccount(string UserName, string FullName, string Role, string UnitCode);

/// <summary>
/// A believable province: a primary, a THCS and a THPT school with classes, staff, assignments,
/// students and guardians, a finished previous year, and one account per role. Idempotent.
/// </summary>
public sealed class DemoSeeder(AppDbContext db, AdminAccount admin, DemoSchools schools, DemoRecords records, DemoGrades grades, DemoTranscripts transcripts,
    CreateUser users, DemoOptions options, DemoFamilyAccounts familyAccounts)
{
    public const string ProvinceCode = "01";
    public const string SchoolCode = "01THCS001";
    public const string OtherSchoolCode = "01TH0001";
    public const string UpperSchoolCode = "01THPT001";

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
        new("hieutruong.chuvanan", "Lương Thị Kim Oanh", Roles.Principal, UpperSchoolCode),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        await admin.MinistryAsync(ct);
        var province = await db.Set<OrgUnit>().Where(u => u.Kind == OrgUnitKind.Province && u.Code == ProvinceCode).Select(u => u.Id).SingleAsync(ct);
        var schoolIds = new List<Guid>();
        foreach (var plan in DemoSchools.Plans)
        {
            schoolIds.Add(await schools.EnsureAsync(plan, province, ct));
        }
        foreach (var account in Accounts)
        {
            var normalized = account.UserName.ToUpperInvariant();
            if (await db.Users.AnyAsync(u => u.NormalizedUserName == normalized, ct))
            {
                continue;
            }
            var unitId = await db.Set<OrgUnit>().Where(u => u.Code == account.UnitCode).Select(u => u.Id).FirstAsync(ct);
            var (_, errors) = await users.HandleAsync(new CreateUserRequest(account.UserName, account.FullName, options.Password, account.Role, unitId), ct);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"Không tạo được tài khoản demo {account.UserName}: " + string.Join(" ", errors.SelectMany(e => e.Value)));
            }
        }
        await records.SeedAsync(schoolIds, ct);
        await grades.SeedAsync(schoolIds, ct);
        await LinkFamilyAccountsAsync(ct);
        await familyAccounts.SeedAsync(ct);
        await transcripts.SeedAsync(ct);
    }

    /// <summary>The demo parent's account reaches their children, and the demo student's their own record.</summary>
    private async Task LinkFamilyAccountsAsync(CancellationToken ct)
    {
        var parent = await db.Users.Where(u => u.NormalizedUserName == DemoFamilies.DemoParentPhone).Select(u => u.Id).SingleAsync(ct);
        var student = await db.Users.Where(u => u.NormalizedUserName == "HOCSINH").Select(u => u.Id).SingleAsync(ct);
        var school = await db.Set<OrgUnit>().Where(u => u.Code == SchoolCode).Select(u => u.Id).SingleAsync(ct);
        await db.Set<Guardian>().Where(g => g.Phone == DemoFamilies.DemoParentPhone && g.UserId == null)
            .ExecuteUpdateAsync(u => u.SetProperty(g => g.UserId, parent), ct);
        var khoi = await db.Set<Student>().Where(s => s.SchoolId == school && s.FullName == DemoStudents.DemoStudentName)
            .Select(s => s.Id).FirstAsync(ct);
        await db.Set<Student>().Where(s => s.Id == khoi && s.UserId == null && !db.Set<Student>().Any(o => o.UserId == student))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.UserId, student), ct);
    }
}

using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Access.ManageUsers;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.ManageOrgUnits;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Hosting;

namespace TruongSo.Web.Demo;

/// <summary>First start: the Ministry root and the `admin` account, whose password the operator chooses.</summary>
public sealed class AdminAccount(AppDbContext db, CreateOrgUnit units, CreateUser users, DemoOptions options)
{
    public const string UserName = "admin";
    public const string MinistryCode = Modules.Organization.OrganizationStartup.MinistryCode;
    private const string NormalizedUserName = "ADMIN";

    public async Task EnsureAsync(CancellationToken ct)
    {
        var ministry = await MinistryAsync(ct);
        if (await db.Users.AnyAsync(u => u.NormalizedUserName == NormalizedUserName, ct))
        {
            return;
        }
        var password = options.AdminPassword ?? (options.Enabled ? options.Password
            : throw new SetupException("Lần chạy đầu tiên cần đặt mật khẩu cho tài khoản admin qua biến môi trường TRUONGSO_ADMIN_PASSWORD."));
        var (_, errors) = await users.HandleAsync(new CreateUserRequest(UserName, "Quản trị hệ thống", password, Roles.SystemAdmin, ministry), ct);
        if (errors.Count > 0)
        {
            throw new SetupException("Không tạo được tài khoản admin: " + string.Join(" ", errors.SelectMany(e => e.Value)));
        }
    }

    public async Task<Guid> MinistryAsync(CancellationToken ct)
    {
        var existing = await db.Set<Modules.Organization.Data.OrgUnit>().Where(u => u.Kind == OrgUnitKind.Ministry)
            .Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id)
        {
            return id;
        }
        var (unit, _) = await units.HandleAsync(new CreateOrgUnitRequest(OrgUnitKind.Ministry, MinistryCode, "Bộ Giáo dục và Đào tạo", null), ct);
        return unit!.Id;
    }
}

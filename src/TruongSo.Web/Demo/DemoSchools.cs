using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Modules.Organization.ManageOrgUnits;
using TruongSo.Web.Modules.Organization.ManageSchools;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Demo;

public sealed record DemoSchoolPlan(string Code, string Name, SchoolLevel Level, string? CommuneCode, string? CommuneName, string Address);

/// <summary>The demo's schools: primary and THCS under their commune (since July 2025), THPT under the Sở.</summary>
public sealed class DemoSchools(AppDbContext db, CreateOrgUnit units)
{
    public static readonly IReadOnlyList<DemoSchoolPlan> Plans =
    [
        new(DemoSeeder.OtherSchoolCode, "Trường Tiểu học Kim Đồng", SchoolLevel.Primary, "00004", "Phường Ba Đình", "Số 1 phố Kim Mã, phường Ba Đình, Hà Nội"),
        new(DemoSeeder.SchoolCode, "Trường THCS Nguyễn Trãi", SchoolLevel.LowerSecondary, "00226", "Phường Đống Đa", "Số 17 phố Tây Sơn, phường Đống Đa, Hà Nội"),
        new(DemoSeeder.UpperSchoolCode, "Trường THPT Chu Văn An", SchoolLevel.UpperSecondary, null, null, "Số 10 đường Thụy Khuê, phường Tây Hồ, Hà Nội"),
    ];

    /// <summary>The school's unit with its particulars and subjects (CreateOrgUnit seeds those); an existing school is left as it is.</summary>
    public async Task<Guid> EnsureAsync(DemoSchoolPlan plan, Guid provinceId, CancellationToken ct)
    {
        var parent = plan.CommuneCode is null ? provinceId : await UnitAsync(OrgUnitKind.Commune, plan.CommuneCode, plan.CommuneName!, provinceId, null, ct);
        var particulars = new SchoolParticulars(plan.Level, SchoolOwnership.Public, plan.Address, Phone: "024 3823 " + plan.Code[^4..]);
        return await UnitAsync(OrgUnitKind.School, plan.Code, plan.Name, parent, particulars, ct);
    }

    private async Task<Guid> UnitAsync(OrgUnitKind kind, string code, string name, Guid parent, SchoolParticulars? school, CancellationToken ct)
    {
        var existing = await db.Set<OrgUnit>().Where(u => u.Kind == kind && u.Code == code).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(ct);
        return existing ?? (await units.HandleAsync(new CreateOrgUnitRequest(kind, code, name, parent, school), ct)).Unit!.Id;
    }
}

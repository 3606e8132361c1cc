using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Modules.Organization.ManageOrgUnits;
using TruongSo.Web.Modules.Organization.ManageSchools;
using TruongSo.Web.Modules.Organization.Reference;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Hosting;
using TruongSo.Web.Platform.Text;

namespace TruongSo.Web.Modules.Organization;

/// <summary>National reference data every deployment has: the Ministry and the 34 provinces with their Sở.</summary>
internal sealed class OrganizationStartup : IStartupTask
{
    public const string MinistryCode = "BGDDT";

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var create = services.GetRequiredService<CreateOrgUnit>();
        var existing = await db.Set<OrgUnit>().Where(u => u.Kind == OrgUnitKind.Ministry || u.Kind == OrgUnitKind.Province)
            .Select(u => new { u.Kind, u.Code, u.Id }).ToListAsync(ct);
        var ministry = existing.FirstOrDefault(u => u.Kind == OrgUnitKind.Ministry)?.Id
            ?? (await create.HandleAsync(new CreateOrgUnitRequest(OrgUnitKind.Ministry, MinistryCode, "Bộ Giáo dục và Đào tạo", null), ct)).Unit!.Id;
        foreach (var province in Provinces2025.All.Where(p => !existing.Any(e => e.Kind == OrgUnitKind.Province && e.Code == p.Code)))
        {
            await create.HandleAsync(new CreateOrgUnitRequest(OrgUnitKind.Province, province.Code, province.Name, ministry), ct);
        }
        await BackfillNameSearchAsync(db, ct);
        await BackfillSchoolsAsync(db, ct);
    }

    /// <summary>School units from before org_schools (created as bare units) get their particulars and subjects.</summary>
    private static async Task BackfillSchoolsAsync(AppDbContext db, CancellationToken ct)
    {
        var bare = await db.Set<OrgUnit>().Where(u => u.Kind == OrgUnitKind.School && !db.Set<School>().Any(s => s.Id == u.Id))
            .Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        foreach (var unit in bare)
        {
            SchoolSetup.Add(db, unit.Id, SchoolParticulars.FromName(unit.Name));
        }
        if (bare.Count > 0)
        {
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>Units from before the name_search column (migration SchoolRecords) get theirs now.</summary>
    private static async Task BackfillNameSearchAsync(AppDbContext db, CancellationToken ct)
    {
        var missing = await db.Set<OrgUnit>().Where(u => u.NameSearch == "").ToListAsync(ct);
        foreach (var unit in missing)
        {
            unit.NameSearch = VietnameseText.Fold(unit.Name);
        }
        if (missing.Count > 0)
        {
            await db.SaveChangesAsync(ct);
        }
    }
}

using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Web;

namespace TruongSo.Web.Modules.Organization.ManageSchoolYears;

/// <summary>School years within an access scope, newest first.</summary>
public sealed class FindSchoolYears(AppDbContext db, IOrgDirectory org)
{
    public async Task<Paged<SchoolYearDto>> ListAsync(OrgScope scope, Guid? schoolId, PageQuery page, CancellationToken ct = default)
    {
        var visible = org.UnitIdsIn(scope);
        var years = db.Set<SchoolYear>().AsNoTracking().Where(y => visible.Contains(y.SchoolId));
        if (schoolId is { } id)
        {
            years = years.Where(y => y.SchoolId == id);
        }
        var paged = await years.OrderBy(y => y.SchoolId).ThenByDescending(y => y.StartYear).ToPageAsync(page, ct);
        return new Paged<SchoolYearDto>([.. paged.Items.Select(SchoolYearDto.From)], paged.Page, paged.PageSize, paged.TotalCount);
    }

    public async Task<IReadOnlyList<SchoolYearDto>> OfSchoolAsync(Guid schoolId, CancellationToken ct = default) =>
        [.. (await db.Set<SchoolYear>().AsNoTracking().Where(y => y.SchoolId == schoolId).OrderByDescending(y => y.StartYear).ToListAsync(ct))
            .Select(SchoolYearDto.From)];

    /// <summary>The caller asks IAccessPolicy about the year's SchoolId before showing it.</summary>
    public async Task<SchoolYearDto?> FindAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<SchoolYear>().AsNoTracking().SingleOrDefaultAsync(y => y.Id == id, ct) is { } y ? SchoolYearDto.From(y) : null;
}

using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Web;

namespace TruongSo.Web.Modules.Organization.ManageClasses;

public sealed record ClassFilter(Guid? SchoolId = null, Guid? SchoolYearId = null, int? Grade = null);

/// <summary>
/// Classes within an access scope, newest year first, then by grade and name in natural order.
/// No database collation sorts 6A2 before 6A10, so the sorting is done here, on one school's
/// classes at most: a list names a school or a year.
/// </summary>
public sealed class FindClasses(AppDbContext db, IOrgDirectory org)
{
    public async Task<Paged<ClassDto>> ListAsync(OrgScope scope, ClassFilter filter, PageQuery page, CancellationToken ct = default)
    {
        var visible = org.UnitIdsIn(scope);
        var classes = db.Set<SchoolClass>().AsNoTracking().Where(c => visible.Contains(c.SchoolId));
        if (filter.SchoolId is { } school)
        {
            classes = classes.Where(c => c.SchoolId == school);
        }
        if (filter.SchoolYearId is { } year)
        {
            classes = classes.Where(c => c.SchoolYearId == year);
        }
        if (filter.Grade is { } grade)
        {
            classes = classes.Where(c => c.Grade == grade);
        }
        var rows = await classes.Join(db.Set<SchoolYear>(), c => c.SchoolYearId, y => y.Id, (c, y) => new { Class = c, y.StartYear }).ToListAsync(ct);
        var sorted = rows.OrderByDescending(r => r.StartYear).ThenBy(r => r.Class.Grade).ThenBy(r => r.Class.Name, ClassNames.Natural)
            .Select(r => ClassDto.From(r.Class)).ToList();
        return new Paged<ClassDto>([.. sorted.Skip((page.Number - 1) * page.Size).Take(page.Size)], page.Number, page.Size, sorted.Count);
    }

    public async Task<IReadOnlyList<ClassDto>> OfYearAsync(Guid schoolYearId, CancellationToken ct = default) =>
        [.. ClassDto.Sorted(await db.Set<SchoolClass>().AsNoTracking().Where(c => c.SchoolYearId == schoolYearId).ToListAsync(ct), c => c.Grade, c => c.Name)
            .Select(ClassDto.From)];

    /// <summary>The caller asks IAccessPolicy about the class's SchoolId before showing it.</summary>
    public async Task<ClassDto?> FindAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<SchoolClass>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) is { } c ? ClassDto.From(c) : null;
}

using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Web;

namespace TruongSo.Web.Modules.Organization.ManageSubjects;

/// <summary>Subjects within an access scope, in each school's own order.</summary>
public sealed class FindSubjects(AppDbContext db, IOrgDirectory org)
{
    private IQueryable<Subject> Subjects => db.Set<Subject>().AsNoTracking().Include(s => s.Grades);

    public async Task<Paged<SubjectDto>> ListAsync(OrgScope scope, Guid? schoolId, PageQuery page, CancellationToken ct = default)
    {
        var visible = org.UnitIdsIn(scope);
        var subjects = Subjects.Where(s => visible.Contains(s.SchoolId));
        if (schoolId is { } id)
        {
            subjects = subjects.Where(s => s.SchoolId == id);
        }
        var paged = await subjects.OrderBy(s => s.SchoolId).ThenBy(s => s.SortOrder).ThenBy(s => s.Code).ToPageAsync(page, ct);
        return new Paged<SubjectDto>([.. paged.Items.Select(SubjectDto.From)], paged.Page, paged.PageSize, paged.TotalCount);
    }

    public async Task<IReadOnlyList<SubjectDto>> OfSchoolAsync(Guid schoolId, CancellationToken ct = default) =>
        [.. (await Subjects.Where(s => s.SchoolId == schoolId).OrderBy(s => s.SortOrder).ThenBy(s => s.Code).ToListAsync(ct)).Select(SubjectDto.From)];

    /// <summary>The caller asks IAccessPolicy about the subject's SchoolId before showing it.</summary>
    public async Task<SubjectDto?> FindAsync(Guid id, CancellationToken ct = default) =>
        await Subjects.SingleOrDefaultAsync(s => s.Id == id, ct) is { } s ? SubjectDto.From(s) : null;
}

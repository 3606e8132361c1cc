using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Modules.People.Privacy.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People.Privacy.ViewLog;

public sealed record DataViewRow(DateTime ViewedAt, Guid ViewerUserId, string ViewerName, string? ViewerFullName, Guid StudentId,
    string StudentCode, string StudentName, string What, string Path);

public sealed record DataViewPage(int Total, int Page, int PageSize, IReadOnlyList<DataViewRow> Items);

/// <summary>
/// Who viewed which child's data when: for those who hold privacy.consent (the principal) on the
/// child's school, and for the child's own family. A school outside the reader's scope is "not found".
/// </summary>
public sealed class ViewLogQuery(AppDbContext db, IAccessPolicy access, IOrgDirectory org, IFamilyLinks family)
{
    public const int PageSize = 50;

    public async Task<DataViewPage?> ForSchoolsAsync(ClaimsPrincipal user, Guid? schoolId, Guid? studentId, int page, CancellationToken ct = default)
    {
        var scope = await access.ScopeAsync(user, Permissions.ManageConsent, ct);
        if (scope.IsEmpty || (schoolId is { } s && !await access.CanAsync(user, Permissions.ManageConsent, s, ct)))
        {
            return null;
        }
        var views = db.Set<StudentDataView>().AsNoTracking();
        if (!scope.Everything)
        {
            var units = org.UnitIdsIn(scope);
            views = views.Where(v => units.Contains(v.SchoolId));
        }
        views = schoolId is { } school ? views.Where(v => v.SchoolId == school) : views;
        views = studentId is { } student ? views.Where(v => v.StudentId == student) : views;
        return await PageAsync(views, page, ct);
    }

    public async Task<DataViewPage?> ForFamilyAsync(ClaimsPrincipal user, Guid studentId, int page, CancellationToken ct = default)
    {
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var me) || !(await family.ChildrenOfAsync(me, ct)).Any(c => c.StudentId == studentId))
        {
            return null;
        }
        return await PageAsync(db.Set<StudentDataView>().AsNoTracking().Where(v => v.StudentId == studentId), page, ct);
    }

    private async Task<DataViewPage> PageAsync(IQueryable<StudentDataView> views, int page, CancellationToken ct)
    {
        page = Math.Max(1, page);
        var total = await views.CountAsync(ct);
        var rows = await (
            from v in views
            join s in db.Set<Student>() on v.StudentId equals s.Id
            join u in db.Users on v.ViewerUserId equals u.Id into users
            from u in users.DefaultIfEmpty()
            orderby v.ViewedAt descending, v.Id descending
            select new DataViewRow(v.ViewedAt, v.ViewerUserId, v.ViewerName, u == null ? null : u.FullName, v.StudentId, s.StudentCode, s.FullName, v.What, v.Path))
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new(total, page, PageSize, rows);
    }
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Modules.People.Privacy.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People.Privacy.ViewLog;

/// <summary>
/// One row per staff view, written in a scope of its own so that it never joins (or saves) the
/// unit of work of the read it logs. The child's own family reading is not logged, and costs no
/// query on results day: an account without a staff role is let go on the request's cached grants.
/// </summary>
internal sealed class StudentDataViews(IAccessPolicy access, IServiceScopeFactory scopes, TimeProvider time) : IStudentDataViews
{
    public async Task RecordAsync(ClaimsPrincipal viewer, Guid studentId, string what, string path, CancellationToken ct = default)
    {
        if (!Guid.TryParse(viewer.FindFirstValue(ClaimTypes.NameIdentifier), out var me))
        {
            return;
        }
        if (!(await access.GrantsAsync(viewer, ct)).Any(g => Roles.Find(g.Role) is { IsStaff: true }))
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var family = scope.ServiceProvider.GetRequiredService<IFamilyLinks>();
        if ((await family.ChildrenOfAsync(me, ct)).Any(c => c.StudentId == studentId))
        {
            return;
        }
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var schoolId = await db.Set<Student>().Where(s => s.Id == studentId).Select(s => (Guid?)s.SchoolId).FirstOrDefaultAsync(ct);
        if (schoolId is null)
        {
            return;
        }
        db.Add(new StudentDataView
        {
            StudentId = studentId, SchoolId = schoolId.Value, ViewerUserId = me, ViewerName = Cut(viewer.Identity?.Name ?? "", 200),
            What = Cut(what, 20), Path = Cut(path, 300), ViewedAt = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Attendance.Data;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Attendance.AbsenceRequests;

/// <summary>Absence requests as a family (their own child's, 404 otherwise) and as a class's readers see them, newest first.</summary>
public sealed class AbsenceRequestList(AppDbContext db, IFamilyLinks family, AttendanceAccess access, IClassRosters rosters, ISchoolStructure structure)
{
    public async Task<AttendanceOutcome<IReadOnlyList<AbsenceRequestView>>> ForChildAsync(ClaimsPrincipal user, Guid studentId, CancellationToken ct = default)
    {
        var child = AttendanceAccess.UserId(user) is { } userId ? (await family.ChildrenOfAsync(userId, ct)).FirstOrDefault(c => c.StudentId == studentId) : null;
        if (child is null)
        {
            return AttendanceRefusal.NotFound("học sinh này");
        }
        var rows = await db.Set<AbsenceRequest>().AsNoTracking().Where(r => r.StudentId == studentId).OrderByDescending(r => r.RequestedAt).Take(50).ToListAsync(ct);
        var classes = (await structure.ClassesAsync([.. rows.Select(r => r.ClassId).Distinct()], ct)).ToDictionary(c => c.Id, c => c.Name);
        return rows.Select(r => AbsenceRequestView.Of(r, child.FullName, classes.GetValueOrDefault(r.ClassId, ""))).ToList();
    }

    /// <param name="pendingOnly">The GVCN's queue; otherwise the last 100 of every state.</param>
    public async Task<AttendanceOutcome<IReadOnlyList<AbsenceRequestView>>> ForClassAsync(ClaimsPrincipal user, Guid classId, bool pendingOnly, CancellationToken ct = default)
    {
        if (await access.ForClassAsync(user, classId, ct) is not { Reads: true } cls)
        {
            return AttendanceRefusal.NotFound("lớp này");
        }
        var query = db.Set<AbsenceRequest>().AsNoTracking().Where(r => r.ClassId == classId);
        query = pendingOnly ? query.Where(r => r.State == RequestState.Pending) : query;
        var rows = await query.OrderByDescending(r => r.RequestedAt).Take(100).ToListAsync(ct);
        var names = (await rosters.ForClassAsync(classId, ct)).GroupBy(r => r.StudentId).ToDictionary(g => g.Key, g => g.First().FullName);
        return rows.Select(r => AbsenceRequestView.Of(r, names.GetValueOrDefault(r.StudentId, ""), cls.Class.Name)).ToList();
    }
}

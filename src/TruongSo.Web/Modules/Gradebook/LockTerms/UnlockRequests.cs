using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Gradebook.Evaluation;
using TruongSo.Web.Modules.Gradebook.HomeroomResults;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.LockTerms;

/// <summary>The unlock requests of a school year: all of them for the principal, one's own for a teacher.</summary>
public sealed class UnlockRequests(ISchoolStructure structure, GradebookAccess access, AppDbContext db)
{
    public async Task<GradebookOutcome<IReadOnlyList<UnlockRequestDto>>> ForYearAsync(ClaimsPrincipal user, Guid schoolYearId, CancellationToken ct = default)
    {
        if (await structure.YearAsync(schoolYearId, ct) is not { } year)
        {
            return GradebookRefusal.NotFound("năm học này");
        }
        var all = await access.CanLockAsync(user, year.SchoolId, ct);
        var me = HomeroomGate.UserId(user) ?? Guid.Empty;
        var rows = await (from r in db.Set<UnlockRequest>().AsNoTracking()
                          join s in db.Set<Sheet>().AsNoTracking() on r.SheetId equals s.Id
                          where s.SchoolYearId == schoolYearId && (all || r.RequestedBy == me)
                          orderby r.Status, r.RequestedAt descending
                          select new { r, s }).ToListAsync(ct);
        var classes = (await structure.ClassesAsync(schoolYearId, ct)).ToDictionary(c => c.Id, c => c.Name);
        var subjects = (await structure.SubjectsAsync(year.SchoolId, ct)).ToDictionary(s => s.Id, s => s.Name);
        return rows.Select(x => Dto(x.r, x.s, classes.GetValueOrDefault(x.s.ClassId, "?"), x.s.SubjectId is { } id ? subjects.GetValueOrDefault(id) : null)).ToList();
    }

    public static UnlockRequestDto Dto(UnlockRequest r, Sheet s, string className, string? subjectName) =>
        new(r.Id, s.ClassId, className, s.SubjectId, s.SubjectId is null ? "Chủ nhiệm" : subjectName ?? "?", ResultCodes.Of(s.Period),
            r.Reason, r.RequestedByName, r.RequestedAt, r.Status.ToString(), r.DecisionNote, r.DecidedAt);
}

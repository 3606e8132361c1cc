using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People.EndSchoolYear;

public sealed record YearEndStudent(Guid StudentId, string StudentCode, string FullName, YearEndOutcome? Outcome, string? Note);

public sealed record YearEndClass(Guid ClassId, string Name, int Grade, IReadOnlyList<YearEndStudent> Students);

public sealed record YearEndView(SchoolYearRef Year, string SchoolName, bool CanChange, IReadOnlyList<YearEndClass> Classes);

/// <summary>The year's classes with their students (in Vietnamese order) and the decision recorded for each.</summary>
public sealed class YearEndQuery(AppDbContext db, StudentAccess access, IOrgDirectory org, ISchoolStructure structure)
{
    public async Task<Outcome<YearEndView>> HandleAsync(ClaimsPrincipal user, Guid schoolYearId, CancellationToken ct = default)
    {
        if (await structure.YearAsync(schoolYearId, ct) is not { } year)
        {
            return Refusal.NotFound("năm học này");
        }
        var refused = await access.SchoolRefusalAsync(user, year.SchoolId, "năm học này", ct);
        if (refused?.Status == 404)
        {
            return refused;
        }
        var rows = await db.Set<ClassPlacement>().AsNoTracking()
            .Where(p => p.SchoolYearId == schoolYearId && p.SchoolId == year.SchoolId && p.To == null)
            .Join(db.Set<Student>(), p => p.StudentId, s => s.Id, (p, s) => new { p.ClassId, s.Id, s.StudentCode, s.FullName, s.SortKey })
            .OrderBy(x => x.SortKey).ThenBy(x => x.FullName).ToListAsync(ct);
        var decisions = await db.Set<YearEndDecision>().AsNoTracking().Where(d => d.SchoolYearId == schoolYearId)
            .ToDictionaryAsync(d => d.StudentId, ct);
        var classes = (await structure.ClassesAsync(schoolYearId, ct))
            .Select(c => new YearEndClass(c.Id, c.Name, c.Grade, [.. rows.Where(r => r.ClassId == c.Id).Select(r =>
                new YearEndStudent(r.Id, r.StudentCode, r.FullName, decisions.GetValueOrDefault(r.Id)?.Outcome, decisions.GetValueOrDefault(r.Id)?.Note))]))
            .ToList();
        return new YearEndView(year, (await org.FindAsync(year.SchoolId, ct))?.Name ?? "?", refused is null, classes);
    }
}

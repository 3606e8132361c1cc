using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.MyResults;

/// <summary>A student's class in a school year, and how the asking user may see it.</summary>
public sealed record StudentPlacement(RosterEntry Student, ClassRef Class, SchoolYearRef Year, ClassGradebook? Book)
{
    /// <summary>The family sees everything of their own child; staff what GradebookAccess lets them read.</summary>
    public bool SeesSubject(Guid subjectId) => Book is null || Book.CanRead(subjectId);

    public bool SeesOverall => Book is null || Book.SeesWholeClass;
}

/// <summary>
/// Finds which class a student sat in during a year, for the student's own account, a guardian
/// (IFamilyLinks), or staff who may read that class (GradebookAccess). Anyone else gets null,
/// the same answer as for a student who does not exist (ADR 0003: nothing leaks).
/// </summary>
public sealed class StudentPlacements(AppDbContext db, IFamilyLinks family, ISchoolStructure structure, IClassRosters rosters,
    GradebookAccess access, IAccessPolicy policy)
{
    public async Task<StudentPlacement?> FindAsync(ClaimsPrincipal user, Guid studentId, Guid? schoolYearId, CancellationToken ct = default)
    {
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return null;
        }
        var child = (await family.ChildrenOfAsync(userId, ct)).FirstOrDefault(c => c.StudentId == studentId);
        if (child is not null)
        {
            var year = schoolYearId is { } y ? await structure.YearAsync(y, ct) : await structure.CurrentYearAsync(child.SchoolId, ct);
            return year is null ? null : await InYearAsync(studentId, year, null, ct);
        }
        foreach (var classId in await CandidateClassesAsync(user, studentId, schoolYearId, ct))
        {
            if (await access.ForClassAsync(user, classId, ct) is { } book && (schoolYearId is null || book.Year.Id == schoolYearId)
                && await InYearAsync(studentId, book.Year, book, ct) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    private async Task<StudentPlacement?> InYearAsync(Guid studentId, SchoolYearRef year, ClassGradebook? book, CancellationToken ct)
    {
        var classes = book is not null ? [book.Class] : await structure.ClassesAsync(year.Id, ct);
        var rosterByClass = await rosters.ForClassesAsync([.. classes.Select(c => c.Id)], ct);
        var stay = classes.SelectMany(c => rosterByClass.GetValueOrDefault(c.Id, []).Where(r => r.StudentId == studentId).Select(r => (Class: c, Entry: r)))
            .OrderBy(x => x.Entry.To is null ? 0 : 1).ThenByDescending(x => x.Entry.From).FirstOrDefault();
        return stay.Entry is null ? null : new StudentPlacement(stay.Entry, stay.Class, year, book);
    }

    /// <summary>
    /// Classes holding the student where staff might read them, newest first: those the gradebook
    /// already has rows for, those the user teaches, and the classes of the year asked for (else of
    /// the current year of each school the user holds a role at).
    /// </summary>
    private async Task<IReadOnlyList<Guid>> CandidateClassesAsync(ClaimsPrincipal user, Guid studentId, Guid? schoolYearId, CancellationToken ct)
    {
        var fromMarks = await db.Set<MarkRow>().AsNoTracking().Where(r => r.StudentId == studentId && (schoolYearId == null || r.SchoolYearId == schoolYearId))
            .GroupBy(r => r.ClassId).Select(g => new { ClassId = g.Key, Last = g.Max(r => r.UpdatedAt) }).ToListAsync(ct);
        var fromResults = await db.Set<StudentResult>().AsNoTracking().Where(r => r.StudentId == studentId && (schoolYearId == null || r.SchoolYearId == schoolYearId))
            .Select(r => r.ClassId).Distinct().ToListAsync(ct);
        var years = new List<Guid>();
        if (schoolYearId is { } y)
        {
            years.Add(y);
        }
        else
        {
            foreach (var school in (await policy.GrantsAsync(user, ct)).Where(g => g.Unit.Kind == OrgUnitKind.School).Select(g => g.Unit.Id).Distinct())
            {
                if (await structure.CurrentYearAsync(school, ct) is { } current)
                {
                    years.Add(current.Id);
                }
            }
        }
        var ofYears = new List<Guid>();
        foreach (var year in years)
        {
            ofYears.AddRange((await structure.ClassesAsync(year, ct)).Select(c => c.Id));
        }
        var candidates = fromMarks.OrderByDescending(m => m.Last).Select(m => m.ClassId).Concat(fromResults)
            .Concat(await policy.ClassIdsAsync(user, ct)).Concat(ofYears).Distinct().ToList();
        var holding = (await rosters.ForClassesAsync(candidates, ct)).Where(kv => kv.Value.Any(r => r.StudentId == studentId)).Select(kv => kv.Key).ToHashSet();
        return [.. candidates.Where(holding.Contains)];
    }
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.Teaching.Contracts;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.EnterMarks;

/// <summary>A page of the sổ điểm assigned to the teacher, with how many students have every mark of the term.</summary>
public sealed record MySheet(Guid ClassId, string ClassName, Guid SubjectId, string SubjectName, int Term, string SchoolName, string SchoolYear,
    int Students, int StudentsComplete, bool Completed, bool Locked)
{
    public string Url => $"/so-diem/{ClassId}/{SubjectId}/{Term}";
}

/// <summary>The signed-in teacher's class × subject × term assignments in each school's current year.</summary>
public sealed class MySheets(IStaffDirectory staff, ISchoolStructure structure, ITeachingAssignments assignments, IClassRosters rosters, SheetGate gate, AppDbContext db)
{
    public async Task<IReadOnlyList<MySheet>> HandleAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var list = new List<MySheet>();
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return list;
        }
        foreach (var member in (await staff.ByUserAsync(userId, ct)).Where(m => m.Status == StaffStatus.Working))
        {
            if (await structure.CurrentYearAsync(member.SchoolId, ct) is not { } year || await structure.SchoolAsync(member.SchoolId, ct) is not { } school)
            {
                continue;
            }
            var mine = (await assignments.ForYearAsync(year.Id, ct)).Where(a => a.StaffId == member.Id && !a.IsHomeroom && a.SubjectId is not null && a.Term is 1 or 2).ToList();
            var classes = (await structure.ClassesAsync([.. mine.Select(a => a.ClassId).Distinct()], ct)).ToDictionary(c => c.Id);
            var classIds = classes.Keys.ToList();
            var subjects = (await structure.SubjectsAsync(member.SchoolId, ct)).ToDictionary(s => s.Id);
            var current = (await rosters.ForClassesAsync(classIds, ct)).ToDictionary(r => r.Key, r => r.Value.Where(e => e.StaysToYearEnd(year)).Select(e => e.StudentId).ToHashSet());
            var complete = (await db.Set<SubjectResult>().AsNoTracking()
                .Where(r => classIds.Contains(r.ClassId) && r.SchoolYearId == year.Id && r.Period != GradingPeriod.Year && r.Complete)
                .Select(r => new { r.ClassId, r.SubjectId, r.Period, r.StudentId }).ToListAsync(ct)).ToLookup(r => (r.ClassId, r.SubjectId, r.Period), r => r.StudentId);
            var completed = (await db.Set<Sheet>().AsNoTracking().Where(s => classIds.Contains(s.ClassId) && s.CompletedAt != null)
                .Select(s => new { s.ClassId, s.SubjectId, s.Period }).ToListAsync(ct)).Select(s => (s.ClassId, s.SubjectId, s.Period)).ToHashSet();
            var locked = await gate.LockedPeriodsAsync(year.Id, ct);
            foreach (var a in mine.Where(a => classes.ContainsKey(a.ClassId) && subjects.ContainsKey(a.SubjectId!.Value))
                .OrderBy(a => classes[a.ClassId].Grade).ThenBy(a => classes[a.ClassId].Name, StringComparer.Ordinal).ThenBy(a => subjects[a.SubjectId!.Value].Name).ThenBy(a => a.Term))
            {
                var (cls, subject, period) = (classes[a.ClassId], subjects[a.SubjectId!.Value], (GradingPeriod)a.Term);
                var students = current.GetValueOrDefault(cls.Id) ?? [];
                list.Add(new(cls.Id, cls.Name, subject.Id, subject.Name, a.Term, school.Name, year.Name, students.Count,
                    complete[(cls.Id, subject.Id, period)].Count(students.Contains), completed.Contains((cls.Id, (Guid?)subject.Id, period)), locked.Contains(period)));
            }
        }
        return list;
    }
}

using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.Teaching.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Teaching.ViewWorkload;

public sealed record TeacherLoad(Guid StaffId, string FullName, decimal Periods, int Norm, bool IsHomeroom)
{
    public bool IsOver => Periods > Norm;
}

/// <summary>Each teacher's periods a week in a term against their norm (reduced for homeroom teachers).</summary>
public sealed class TeacherWorkload(AppDbContext db, ISchoolStructure structure, IStaffDirectory staff)
{
    public async Task<IReadOnlyList<TeacherLoad>> ForYearAsync(Guid schoolYearId, int term, CancellationToken ct = default)
    {
        var rows = await db.Set<TeachingAssignment>().AsNoTracking()
            .Where(a => a.SchoolYearId == schoolYearId && (a.Term == term || a.Term == 0))
            .Select(a => new { a.StaffId, a.ClassId, a.Kind, a.PeriodsPerWeek }).ToListAsync(ct);
        var grades = (await structure.ClassesAsync(schoolYearId, ct)).ToDictionary(c => c.Id, c => c.Grade);
        var names = (await staff.FindManyAsync([.. rows.Select(r => r.StaffId).Distinct()], ct)).ToDictionary(s => s.Id, s => s.FullName);
        var loads = new List<TeacherLoad>();
        foreach (var byTeacher in rows.GroupBy(r => r.StaffId))
        {
            var top = byTeacher.Max(r => grades.GetValueOrDefault(r.ClassId));
            var homeroom = byTeacher.FirstOrDefault(r => r.Kind == AssignmentKind.Homeroom);
            var norm = Workload.NormFor(top) - (homeroom is null ? 0 : Workload.HomeroomReduction(grades.GetValueOrDefault(homeroom.ClassId)));
            // Decimal sums in memory: SQLite cannot aggregate decimals in SQL.
            loads.Add(new TeacherLoad(byTeacher.Key, names.GetValueOrDefault(byTeacher.Key, ""), byTeacher.Where(r => r.Kind == AssignmentKind.Subject).Sum(r => r.PeriodsPerWeek), norm, homeroom is not null));
        }
        return [.. loads.OrderByDescending(l => l.Periods - l.Norm)];
    }
}

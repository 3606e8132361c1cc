using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Gradebook.Contracts;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Gradebook.ExportMarks;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.YearRecords;

/// <summary>The gradebook's side of <see cref="IYearRecords"/>: stored subject results, and student results as ClassStudentResults gives them.</summary>
internal sealed class YearRecordsReader(AppDbContext db, ClassStudentResults overall) : IYearRecords
{
    private static readonly GradingPeriod[] Periods = [GradingPeriod.Hk1, GradingPeriod.Hk2, GradingPeriod.Year];

    public async Task<StudentYearRecord> ForStudentAsync(Guid studentId, Guid classId, Guid schoolYearId, CancellationToken ct = default)
    {
        var subjects = await db.Set<SubjectResult>().AsNoTracking().Where(r => r.StudentId == studentId && r.SchoolYearId == schoolYearId).ToListAsync(ct);
        var periods = await overall.ForStudentAsync(studentId, classId, schoolYearId, ct);
        return new(studentId, classId, schoolYearId, Subjects(subjects), [.. periods.OrderBy(p => p.Result.Period).Select(p => Period(p.Result, p.Closed))]);
    }

    public async Task<IReadOnlyDictionary<Guid, StudentYearRecord>> ForClassAsync(Guid classId, Guid schoolYearId, CancellationToken ct = default)
    {
        var subjects = (await db.Set<SubjectResult>().AsNoTracking().Where(r => r.ClassId == classId && r.SchoolYearId == schoolYearId).ToListAsync(ct))
            .ToLookup(r => r.StudentId);
        var students = new Dictionary<Guid, List<PeriodRecord>>();
        foreach (var period in Periods)
        {
            var results = await overall.ForClassAsync(classId, schoolYearId, period, ct);
            foreach (var (studentId, row) in results.Students)
            {
                (students.TryGetValue(studentId, out var list) ? list : students[studentId] = []).Add(Period(row, results.Closed));
            }
        }
        return subjects.Select(g => g.Key).Union(students.Keys).ToDictionary(id => id,
            id => new StudentYearRecord(id, classId, schoolYearId, Subjects([.. subjects[id]]), students.GetValueOrDefault(id) ?? []));
    }

    public Task<bool> IsYearLockedAsync(Guid schoolYearId, CancellationToken ct = default) =>
        db.Set<TermLock>().AnyAsync(l => l.SchoolYearId == schoolYearId && l.Period == GradingPeriod.Year, ct);

    private static List<SubjectRecord> Subjects(IReadOnlyList<SubjectResult> rows) =>
        [.. rows.GroupBy(r => r.SubjectId).Select(g => new SubjectRecord(g.Key,
            [.. g.OrderBy(r => r.Period).Select(r => new SubjectPeriodRecord(Code(r.Period), r.Complete, r.AverageTenths, r.Level, r.Exempt, r.Comment, r.RetestTenths, r.RetestLevel))]))];

    private static PeriodRecord Period(StudentResult r, bool closed) => new(Code(r.Period), r.RuleSet, r.Learning, r.Conduct, r.ConductComment,
        r.HomeroomComment, r.Absences, r.Qualities, r.YearEndOutcome, r.SummerConductTraining, r.RetestSubjects, r.SummerConduct, r.FinalOutcome, r.Honour, closed);

    private static string Code(GradingPeriod period) => period switch { GradingPeriod.Hk1 => "hk1", GradingPeriod.Hk2 => "hk2", _ => "year" };
}

using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Gradebook.Evaluation;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.ExportMarks;

/// <summary>A class's student results for a period; <see cref="Closed"/> false means computed on read (provisional).</summary>
public sealed record PeriodResults(IReadOnlyDictionary<Guid, StudentResult> Students, bool Closed);

/// <summary>
/// Students' learning, conduct, outcome and title for a period (ADR 0008): as the GVCN closed them
/// (StudentResult rows, frozen by the lock), or, until the period is closed, computed on read by
/// the engine (ClassEvaluator) over what the GVCN entered so far (conduct, absences, comments).
/// </summary>
public sealed class ClassStudentResults(AppDbContext db, ClassEvaluator evaluator)
{
    public async Task<PeriodResults> ForClassAsync(Guid classId, Guid schoolYearId, GradingPeriod period, CancellationToken ct = default)
    {
        var stored = await db.Set<StudentResult>().AsNoTracking()
            .Where(r => r.ClassId == classId && r.SchoolYearId == schoolYearId && r.Period == period).ToDictionaryAsync(r => r.StudentId, ct);
        if (await ClosedAsync(classId, period, ct) || await evaluator.EvaluateAsync(classId, explain: false, ct) is not { } evaluation)
        {
            return new(stored, true);
        }
        return new(Merge(evaluation, stored, period), false);
    }

    /// <summary>Hk1, Hk2 and Year for one student of the class, each closed or computed on read (one evaluation of the class at most).</summary>
    public async Task<IReadOnlyList<(StudentResult Result, bool Closed)>> ForStudentAsync(Guid studentId, Guid classId, Guid schoolYearId, CancellationToken ct = default)
    {
        var stored = await db.Set<StudentResult>().AsNoTracking().Where(r => r.StudentId == studentId && r.SchoolYearId == schoolYearId).ToListAsync(ct);
        ClassEvaluation? evaluation = null;
        var list = new List<(StudentResult, bool)>();
        foreach (var period in new[] { GradingPeriod.Hk1, GradingPeriod.Hk2, GradingPeriod.Year })
        {
            var row = stored.FirstOrDefault(r => r.Period == period);
            if (await ClosedAsync(classId, period, ct))
            {
                if (row is not null)
                {
                    list.Add((row, true));
                }
                continue;
            }
            evaluation ??= await evaluator.EvaluateAsync(classId, explain: false, ct);
            if (evaluation is not null && Merge(evaluation, row is null ? new Dictionary<Guid, StudentResult>() : new() { [studentId] = row }, period).GetValueOrDefault(studentId) is { } computed
                && (computed.Learning ?? computed.Conduct) is not null)
            {
                list.Add((computed, false));
            }
        }
        return list;
    }

    private Task<bool> ClosedAsync(Guid classId, GradingPeriod period, CancellationToken ct) =>
        db.Set<Sheet>().AnyAsync(s => s.ClassId == classId && s.SubjectId == null && s.Period == period && s.CompletedAt != null, ct);

    /// <summary>What the close would store (ClassEvaluationRows.Compute), over what the GVCN entered; never written here.</summary>
    private static Dictionary<Guid, StudentResult> Merge(ClassEvaluation evaluation, IReadOnlyDictionary<Guid, StudentResult> stored, GradingPeriod period)
    {
        var merged = new Dictionary<Guid, StudentResult>();
        foreach (var s in evaluation.Students)
        {
            var r = ClassEvaluationRows.Compute(s, period);
            var row = stored.GetValueOrDefault(s.Student.StudentId) ?? new StudentResult { StudentId = s.Student.StudentId, Period = period };
            (row.Learning, row.LearningComputed, row.YearEndOutcome, row.SummerConductTraining, row.RetestSubjects, row.FinalOutcome, row.Honour) =
                (r.Learning, r.LearningComputed, r.YearEndOutcome, r.SummerConductTraining, r.RetestSubjects, r.FinalOutcome, r.Honour);
            if (period == GradingPeriod.Year && r.Conduct is not null)
            {
                row.Conduct = r.Conduct;
            }
            merged[s.Student.StudentId] = row;
        }
        return merged;
    }
}

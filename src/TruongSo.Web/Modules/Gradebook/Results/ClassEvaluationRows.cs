using Microsoft.EntityFrameworkCore;
using TruongSo.Rules.Grading;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.Evaluation;

/// <summary>A student's computed results for a period, as stored and as audited (before → after).</summary>
public sealed record StoredResults(Guid StudentId, string? Learning, string? LearningComputed, string? Conduct,
    string? YearEndOutcome, bool SummerConductTraining, string? RetestSubjects, string? FinalOutcome, string? Honour);

/// <summary>Writes the engine's results into StudentResult rows (in the caller's unit of work); what the GVCN entered stays.</summary>
internal static class ClassEvaluationRows
{
    public static async Task<List<(StoredResults? Before, StoredResults After)>> WriteAsync(AppDbContext db, ClassEvaluation evaluation, GradingPeriod period, DateTime now, CancellationToken ct)
    {
        var facts = evaluation.Facts;
        var ids = facts.Students.Select(s => s.StudentId).ToList();
        var rows = await db.Set<StudentResult>().Where(r => r.SchoolYearId == facts.Year.Id && r.Period == period && ids.Contains(r.StudentId))
            .ToDictionaryAsync(r => r.StudentId, ct);
        var changes = new List<(StoredResults?, StoredResults)>();
        foreach (var s in evaluation.Students)
        {
            var after = Compute(s, period);
            var row = rows.GetValueOrDefault(s.Student.StudentId);
            var before = row is null ? null : Read(row);
            if (row is null)
            {
                row = new StudentResult { SchoolId = facts.Class.SchoolId, SchoolYearId = facts.Year.Id, StudentId = s.Student.StudentId, Period = period };
                db.Add(row);
            }
            row.ClassId = facts.Class.Id;
            row.RuleSet = ResultCodes.Of(facts.RuleSet);
            (row.Learning, row.LearningComputed, row.YearEndOutcome, row.SummerConductTraining, row.RetestSubjects, row.FinalOutcome, row.Honour) =
                (after.Learning, after.LearningComputed, after.YearEndOutcome, after.SummerConductTraining, after.RetestSubjects, after.FinalOutcome, after.Honour);
            if (period == GradingPeriod.Year && facts.RuleSet == RuleSet.Tt22)
            {
                row.Conduct = after.Conduct; // the year's conduct is derived from the terms' (Điều 8 khoản 2)
            }
            row.UpdatedAt = now;
            row.Version++;
            if (before != after)
            {
                changes.Add((before, after));
            }
        }
        return changes;
    }

    public static StoredResults Read(StudentResult r) =>
        new(r.StudentId, r.Learning, r.LearningComputed, r.Conduct, r.YearEndOutcome, r.SummerConductTraining, r.RetestSubjects, r.FinalOutcome, r.Honour);

    public static StoredResults Compute(StudentEvaluation s, GradingPeriod period)
    {
        var id = s.Student.StudentId;
        if (s.Tt27 is { } p)
        {
            var outcome = p.YearResult >= Tt27YearResult.HoanThanh ? nameof(Outcome.LenLop) : null;
            return period == GradingPeriod.Year
                ? new(id, p.YearResult?.ToString(), p.YearResult?.ToString(), null, outcome, false, null, outcome, p.Honour?.ToString())
                : new(id, null, null, null, null, false, null, null, null);
        }
        if (s.Tt22 is not { } r)
        {
            return new(id, null, null, null, null, false, null, null, null);
        }
        var learning = period switch { GradingPeriod.Hk1 => r.Learning.Hk1, GradingPeriod.Hk2 => r.Learning.Hk2, _ => r.Learning.Year };
        var conduct = period switch
        {
            GradingPeriod.Hk1 => s.Input?.ConductHk1,
            GradingPeriod.Hk2 => s.Input?.ConductHk2,
            _ => r.ConductYear,
        };
        if (period != GradingPeriod.Year)
        {
            return new(id, Code(learning?.Result), Code(learning?.Computed), Code(conduct), null, false, null, null, null);
        }
        return new(id, Code(learning?.Result), Code(learning?.Computed), Code(conduct), r.YearEnd?.Outcome.ToString(),
            r.YearEnd?.SummerConductTraining ?? false, r.YearEnd is { RetestSubjects.Count: > 0 } y ? string.Join(",", y.RetestSubjects) : null,
            r.Final?.Outcome.ToString(), r.Honour?.ToString());
    }

    private static string? Code(Achievement? a) => a?.ToString();
}

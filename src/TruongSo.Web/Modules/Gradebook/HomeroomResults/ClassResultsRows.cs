using TruongSo.Rules.Grading;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Gradebook.Evaluation;
using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Web.Modules.Gradebook.HomeroomResults;

/// <summary>One student's row of the homeroom view from the engine's result and the stored rows.</summary>
internal static class ClassResultsRows
{
    public static StudentResultRow Row(ClassEvaluation evaluation, StudentEvaluation s, GradingPeriod period, bool frozen)
    {
        var facts = evaluation.Facts;
        var id = s.Student.StudentId;
        var stored = facts.Stored(id, period);
        // After the principal's lock the closed results stand, whatever a later settings change would compute.
        var results = frozen && stored?.Learning is not null ? ClassEvaluationRows.Read(stored) : ClassEvaluationRows.Compute(s, period);
        var yearRow = facts.Stored(id, GradingPeriod.Year);
        return new StudentResultRow(id, s.Student.StudentCode, s.Student.FullName,
            [.. facts.Subjects.Select(subject => Cell(facts, s, subject, period))],
            results.Learning, results.LearningComputed, results.Learning is not null && results.Learning != results.LearningComputed,
            results.Conduct, stored?.ConductComment, period == GradingPeriod.Year ? s.Input?.Absences ?? stored?.Absences : stored?.Absences,
            stored?.HomeroomComment,
            results.YearEndOutcome, results.SummerConductTraining, results.RetestSubjects?.Split(',') ?? [], yearRow?.SummerConduct,
            results.FinalOutcome, s.Tt22?.Final?.Learning.ToString(), results.Honour,
            [.. s.IncompleteFor(period).DistinctBy(m => (m.Code, m.Term, m.Missing is "conduct")).Select(m => Missing(facts, m))],
            s.Explanation, evaluation.RuleSet == RuleSet.Tt27 ? Traits.Read(yearRow?.Qualities) : null);
    }

    private static SubjectCell Cell(ClassFacts facts, StudentEvaluation s, SubjectRef subject, GradingPeriod period)
    {
        var id = s.Student.StudentId;
        var exempt = facts.IsExempt(id, subject.Id, period);
        var stored = facts.Subject(id, subject.Id, period);
        var retest = period == GradingPeriod.Year ? facts.Subject(id, subject.Id, GradingPeriod.Year) : null;
        var retestText = retest?.RetestTenths is { } t ? Score.FromTenths(t).ToString() : retest?.RetestLevel;
        if (s.Tt22?.Subjects.FirstOrDefault(r => r.Code == subject.Code) is { } r)
        {
            var mark = period switch { GradingPeriod.Hk1 => r.Hk1, GradingPeriod.Hk2 => r.Hk2, _ => r.Year };
            return new SubjectCell(subject.Code, mark?.ToString(), exempt, null, retestText);
        }
        // TT27 (and the legacy rule sets): what was recorded.
        var value = stored?.Level ?? (stored?.AverageTenths is { } a && s.Tt27 is null ? Score.FromTenths(a).ToString() : null);
        return new SubjectCell(subject.Code, stored?.Complete == false ? null : value, exempt,
            s.Tt27 is not null && stored?.AverageTenths is { } test ? test / 10 : null, retestText);
    }

    public static string Missing(ClassFacts facts, MissingAssessment m)
    {
        if (m.Missing is "conduct")
        {
            return $"Rèn luyện {Labels.Vi(m.Term)}";
        }
        if (m.Missing is "summerConduct")
        {
            return "Rèn luyện sau hè";
        }
        var subject = facts.Subjects.FirstOrDefault(x => x.Code == m.Code)?.Name;
        if (subject is null)
        {
            var key = m.Code[(m.Code.IndexOf('.', StringComparison.Ordinal) + 1)..];
            return Tt27Engine.Qualities.Concat(Tt27Engine.Competences).FirstOrDefault(q => q.Key == key).Name ?? m.Code;
        }
        return m.Missing == "retest" ? $"{subject}: kiểm tra lại" : $"{subject} {Labels.Vi(m.Term)}";
    }
}

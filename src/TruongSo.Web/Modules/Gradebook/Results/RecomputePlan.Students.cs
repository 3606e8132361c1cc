using TruongSo.Rules.Grading;
using TruongSo.Web.Modules.Gradebook.Data;

namespace TruongSo.Web.Modules.Gradebook.Evaluation;

internal sealed partial class RecomputePlan
{
    /// <summary>
    /// Every stored student result, by <see cref="ClassEvaluator.Evaluate"/> over the subject results just computed
    /// (the same <see cref="YearRows"/>). Only rows the homeroom teacher already closed are stored; the rest are computed on read.
    /// </summary>
    public void StudentResults()
    {
        for (var c = 0; c < input.Classes.Count; c++)
        {
            var cls = input.Classes[c];
            var facts = new ClassFacts(cls, year, input.School, RuleSets.For(year.StartYear, cls.Grade),
                [.. input.Subjects.Where(s => s.PeriodsByGrade.ContainsKey(cls.Grade))], stayers[c], rows) { Attended = input.Attended };
            foreach (var student in ClassEvaluator.Evaluate(facts, input.Settings, explain: false).Students)
            {
                var at = rows.StudentAt(student.Student.StudentId);
                foreach (var period in open)
                {
                    if (rows.Stored(at, period) is { } row && Changed(row, student, period, facts.RuleSet))
                    {
                        ChangedStudentRows++;
                    }
                }
            }
        }
    }

    private bool Changed(StudentResult row, StudentEvaluation student, GradingPeriod period, RuleSet ruleSet)
    {
        var after = ClassEvaluationRows.Compute(student, period);
        if (ClassEvaluationRows.Read(row) == after)
        {
            return false;
        }
        track(row);
        (row.Learning, row.LearningComputed, row.YearEndOutcome, row.SummerConductTraining, row.RetestSubjects, row.FinalOutcome, row.Honour) =
            (after.Learning, after.LearningComputed, after.YearEndOutcome, after.SummerConductTraining, after.RetestSubjects, after.FinalOutcome, after.Honour);
        if (period == GradingPeriod.Year && ruleSet == RuleSet.Tt22)
        {
            row.Conduct = after.Conduct;
        }
        (row.UpdatedAt, row.Version) = (now, row.Version + 1);
        return true;
    }
}

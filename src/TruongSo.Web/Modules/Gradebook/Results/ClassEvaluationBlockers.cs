using TruongSo.Rules.Grading;
using TruongSo.Web.Modules.Gradebook.Data;

namespace TruongSo.Web.Modules.Gradebook.Evaluation;

/// <summary>What stops the GVCN closing a period, student by student, in Vietnamese.</summary>
internal static class ClassEvaluationBlockers
{
    public static IEnumerable<string> Of(ClassEvaluation evaluation, GradingPeriod period)
    {
        var facts = evaluation.Facts;
        if (facts.RuleSet is not (RuleSet.Tt22 or RuleSet.Tt27))
        {
            yield return "Khối lớp này trong năm học này đánh giá theo quy định cũ: kết quả không được tính lại.";
            yield break;
        }
        foreach (var s in evaluation.Students)
        {
            var name = s.Student.FullName;
            if (s.Input is { } input)
            {
                if (period != GradingPeriod.Hk2 && input.ConductHk1 is null)
                {
                    yield return $"{name}: chưa có kết quả rèn luyện học kì I.";
                }
                if (period != GradingPeriod.Hk1 && input.ConductHk2 is null)
                {
                    yield return $"{name}: chưa có kết quả rèn luyện học kì II.";
                }
            }
            if (s.Tt27 is not null && period != GradingPeriod.Year)
            {
                continue; // TT27 rates the student at the end of the year only (Điều 9)
            }
            foreach (var missing in s.IncompleteFor(period).Where(m => m.Missing is not ("conduct" or "summerConduct" or "retest")).DistinctBy(m => (m.Code, m.Term)))
            {
                yield return $"{name}: {What(facts, missing)} chưa đủ.";
            }
        }
    }

    private static string What(ClassFacts facts, MissingAssessment missing)
    {
        if (missing.Code.StartsWith("qualities.", StringComparison.Ordinal) || missing.Code.StartsWith("competences.", StringComparison.Ordinal))
        {
            var key = missing.Code[(missing.Code.IndexOf('.', StringComparison.Ordinal) + 1)..];
            var name = Tt27Engine.Qualities.Concat(Tt27Engine.Competences).FirstOrDefault(q => q.Key == key).Name ?? key;
            return $"mức đánh giá “{name}”";
        }
        var subject = facts.Subjects.FirstOrDefault(x => x.Code == missing.Code)?.Name ?? missing.Code;
        return missing.Term == Term.Year ? $"kết quả cả năm môn {subject}" : $"điểm môn {subject} {Labels.Vi(missing.Term)}";
    }
}

using TruongSo.Rules.Grading;
using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Web.Modules.Gradebook.Evaluation;

/// <summary>How a sổ điểm page is assessed: TT22 scores, TT22 comments (Đ/CĐ), or TT27 levels with tests.</summary>
public enum SheetKind { Scored, Comment, Primary }

/// <summary>
/// What one subject's sổ điểm holds in one class: the rule set (by school year and grade), the kind,
/// the number of ĐĐGtx per term (TT22 Điều 6 khoản 1), and for primary which periodic tests are scored
/// (TT27 Điều 7: end-of-term tests in the tested subjects; mid-term tests in Tiếng Việt and Toán in grades 4–5).
/// </summary>
public sealed record SubjectRules(RuleSet RuleSet, SheetKind Kind, int RegularCount, bool EndTested, bool MidTested)
{
    /// <summary>Null when the subject is not taught in the class's grade.</summary>
    public static SubjectRules? For(SubjectRef subject, ClassRef cls, SchoolYearRef year)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(cls);
        ArgumentNullException.ThrowIfNull(year);
        if (!subject.PeriodsByGrade.TryGetValue(cls.Grade, out var periods))
        {
            return null;
        }
        var ruleSet = RuleSets.For(year.StartYear, cls.Grade);
        if (cls.Grade < RegularAssessments.FirstGrade)
        {
            var midTested = cls.Grade >= 4 && subject.Code is "TIENGVIET" or "TOAN";
            return new(ruleSet, SheetKind.Primary, 0, Tt27Engine.TestedSubjects.Contains(subject.Code), midTested);
        }
        return subject.Assessment == SubjectAssessment.CommentOnly
            ? new(ruleSet, SheetKind.Comment, Tt22.CommentRegularCount, false, false)
            : new(ruleSet, SheetKind.Scored, RegularAssessments.CountFor(subject.Assessment, periods), false, false);
    }
}

namespace TruongSo.Web.Modules.Organization.Contracts;

/// <summary>
/// How many regular assessments (ĐĐGtx) a teacher records per subject per term, TT22/2021 Điều 6
/// khoản 1 (grades 6–12; primary follows TT27/2020, which counts none). The periods are the
/// school's own per grade (SubjectRef.PeriodsByGrade), since schools may edit them.
/// </summary>
public static class RegularAssessments
{
    /// <summary>The first grade assessed under TT22; below it there is no ĐĐGtx count.</summary>
    public const int FirstGrade = 6;

    public static int CountFor(SubjectAssessment assessment, int periodsPerYear) => assessment switch
    {
        SubjectAssessment.CommentOnly => 2,
        _ when periodsPerYear <= 35 => 2, // the text says "35 tiết"; no subject has fewer
        _ when periodsPerYear <= 70 => 3,
        _ => 4,
    };

    /// <summary>The count for a subject in one grade; null where TT22 does not apply or the subject is not taught.</summary>
    public static int? CountFor(SubjectRef subject, int grade) =>
        grade >= FirstGrade && subject.PeriodsByGrade.TryGetValue(grade, out var periods) ? CountFor(subject.Assessment, periods) : null;
}

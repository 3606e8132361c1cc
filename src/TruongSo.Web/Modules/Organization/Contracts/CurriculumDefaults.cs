using TruongSo.Web.Modules.Organization.Reference;

namespace TruongSo.Web.Modules.Organization.Contracts;

public sealed record DefaultSubject(string Code, string Name, SubjectAssessment Assessment, int PeriodsPerYear);

/// <summary>The 2018 programme's subjects of a grade with their default periods (what a new school starts from).</summary>
public static class CurriculumDefaults
{
    public static IReadOnlyList<DefaultSubject> ForGrade(int grade) =>
        [.. Curriculum2018.Subjects.Where(s => s.PeriodsByGrade.ContainsKey(grade)).Select(s => new DefaultSubject(s.Code, s.Name, s.Assessment, s.PeriodsByGrade[grade]))];
}

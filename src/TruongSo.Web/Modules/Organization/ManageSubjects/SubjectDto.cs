using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;

namespace TruongSo.Web.Modules.Organization.ManageSubjects;

/// <param name="RegularAssessmentsByGrade">ĐĐGtx per term in each grade of TT22 (6–12), from the periods (RegularAssessments).</param>
public sealed record SubjectDto(
    Guid Id, Guid SchoolId, string Code, string Name, SubjectAssessment Assessment, string AssessmentName,
    int SortOrder, bool IsActive, IReadOnlyDictionary<int, int> PeriodsByGrade, IReadOnlyDictionary<int, int> RegularAssessmentsByGrade, Guid Version)
{
    internal static SubjectDto From(Subject s)
    {
        var periods = s.Grades.OrderBy(g => g.Grade).ToDictionary(g => g.Grade, g => g.PeriodsPerYear);
        var counts = periods.Where(p => p.Key >= RegularAssessments.FirstGrade)
            .ToDictionary(p => p.Key, p => RegularAssessments.CountFor(s.Assessment, p.Value));
        return new(s.Id, s.SchoolId, s.Code, s.Name, s.Assessment, SchoolKindNames.Of(s.Assessment), s.SortOrder, s.IsActive, periods, counts, s.Version);
    }

    internal SubjectRef ToRef() => new(Id, SchoolId, Code, Name, Assessment, PeriodsByGrade);
}

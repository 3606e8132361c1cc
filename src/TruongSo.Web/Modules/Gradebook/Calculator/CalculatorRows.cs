using TruongSo.Rules.Grading;
using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Web.Modules.Gradebook.Calculator;

/// <summary>A subject row of the /tinh-diem form: the 2018 programme's subject of the grade, with its ĐĐGtx count.</summary>
public sealed record CalculatorRow(int Index, string Code, string Name, SubjectKind Kind, int RegularCount, bool Tested)
{
    public string Field(string part) => $"m{Index}.{part}";

    /// <summary>The grade's subjects, scored ones first, in the programme's order.</summary>
    public static IReadOnlyList<CalculatorRow> For(int grade) =>
    [
        .. CurriculumDefaults.ForGrade(grade)
            .OrderBy(s => s.Assessment == SubjectAssessment.Scored ? 0 : 1)
            .Select((s, i) =>
            {
                var kind = s.Assessment == SubjectAssessment.Scored ? SubjectKind.Scored : SubjectKind.Comment;
                return new CalculatorRow(i, s.Code, s.Name, kind, Tt22.RegularCount(kind, s.PeriodsPerYear), s.Assessment == SubjectAssessment.Scored);
            }),
    ];
}

using TruongSo.Web.Modules.Gradebook.Contracts;

namespace TruongSo.Web.Modules.ContactBook.PortalResults;

/// <summary>
/// A period's overall result as the family sees it. Status: "locked" (the principal locked the
/// term: final), "closed" (the GVCN closed it), "provisional" (computed from the marks so far).
/// Codes as in grade-calculator-api.md (Tot, Kha, Dat, ChuaDat; LenLop, ...).
/// </summary>
public sealed record ChildPeriod(string Period, string Status, string? Learning, string? Conduct, int? Absences, string? Outcome,
    bool SummerConductTraining, string? RetestSubjects, string? Honour, string? HomeroomComment);

/// <summary>GET /api/v1/portal/children/{studentId}/results: a child's results for a school year, as published so far.</summary>
public sealed record ChildResults(Guid StudentId, string StudentCode, string FullName, Guid SchoolId, string SchoolName,
    Guid SchoolYearId, string SchoolYear, string ClassName, int Grade, IReadOnlyList<string> LockedPeriods,
    IReadOnlyList<ChildPeriod> Periods, IReadOnlyList<SubjectView> Subjects)
{
    public static ChildResults From(FamilyResults family)
    {
        var r = family.Results;
        return new(r.StudentId, r.StudentCode, r.FullName, r.SchoolId, r.SchoolName, r.SchoolYearId, r.SchoolYear, r.ClassName, r.Grade,
            family.LockedPeriods,
            [.. r.Periods.Select(p => new ChildPeriod(p.Period, Status(p, family.LockedPeriods), p.Learning, p.Conduct, p.Absences,
                p.FinalOutcome ?? p.YearEndOutcome, p.SummerConductTraining, p.RetestSubjects, p.Honour, p.HomeroomComment))],
            r.Subjects);
    }

    private static string Status(PeriodView p, IReadOnlyList<string> locked) =>
        locked.Contains(p.Period) ? "locked" : p.Closed ? "closed" : "provisional";
}

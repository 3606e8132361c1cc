using System.Security.Claims;

namespace TruongSo.Web.Modules.Gradebook.Contracts;

/// <summary>One cell of the sổ điểm: "Tx1".."Tx4", "Gk", "Ck"; a score (7.5) or a level code (D, CD; TT27 T, H, C).</summary>
public sealed record MarkView(string Column, decimal? Score, string? Level, string? Note);

/// <summary>A subject's result for a term or the year: ĐTB or level; Complete false means "chưa đủ điểm".</summary>
public sealed record SubjectResultView(string Period, bool Complete, decimal? Average, string? Level, bool Exempt, decimal? Retest, string? RetestLevel);

public sealed record SubjectView(Guid SubjectId, string Code, string Name, string Kind, int RegularCount,
    IReadOnlyList<MarkView> Hk1, IReadOnlyList<MarkView> Hk2, IReadOnlyList<SubjectResultView> Results);

/// <summary>The student's results for a period, as ASCII codes (grade-calculator-api.md).</summary>
public sealed record PeriodView(string Period, string? Learning, string? Conduct, int? Absences, string? YearEndOutcome,
    bool SummerConductTraining, string? RetestSubjects, string? FinalOutcome, string? Honour, string? HomeroomComment, bool Closed);

public sealed record StudentResultsView(Guid StudentId, string StudentCode, string FullName, Guid SchoolId, string SchoolName,
    Guid SchoolYearId, string SchoolYear, Guid ClassId, string ClassName, int Grade,
    IReadOnlyList<SubjectView> Subjects, IReadOnlyList<PeriodView> Periods);

/// <summary>A child's results as the family reads them, with the periods the principal has locked (no change after the lock without an approved unlock).</summary>
public sealed record FamilyResults(StudentResultsView Results, IReadOnlyList<string> LockedPeriods);

/// <summary>What the contact book's portal reads of the gradebook: the same read model as /ket-qua-hoc-tap.</summary>
public interface IFamilyResults
{
    /// <summary>Null when the user may not read the student (MyResults' rule) or the student sat in no class that year.</summary>
    Task<FamilyResults?> ForAsync(ClaimsPrincipal user, Guid studentId, Guid? schoolYearId, CancellationToken ct = default);
}

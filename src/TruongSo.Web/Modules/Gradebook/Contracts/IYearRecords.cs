namespace TruongSo.Web.Modules.Gradebook.Contracts;

/// <summary>
/// A subject's result for one period ("hk1", "hk2", "year") as the gradebook recorded it: ĐTB in
/// tenths or a level code (D/CD; TT27 T/H/C), exemption, the teacher's comment and, for the year,
/// the summer re-assessment (TT22 Điều 14). Complete false means "chưa đủ điểm".
/// </summary>
public sealed record SubjectPeriodRecord(string Period, bool Complete, int? AverageTenths, string? Level, bool Exempt, string? Comment,
    int? RetestTenths, string? RetestLevel);

public sealed record SubjectRecord(Guid SubjectId, IReadOnlyList<SubjectPeriodRecord> Periods);

/// <summary>
/// A student's learning, conduct, absences, outcome and title for a period, as ASCII codes
/// (grade-calculator-api.md); <see cref="RuleSet"/> is TT22, TT27 or TT58. Closed false means
/// computed on read because the GVCN has not closed the period yet (ADR 0008).
/// </summary>
public sealed record PeriodRecord(string Period, string RuleSet, string? Learning, string? Conduct, string? ConductComment, string? HomeroomComment,
    int? Absences, string? Qualities, string? YearEndOutcome, bool SummerConductTraining, string? RetestSubjects, string? SummerConduct,
    string? FinalOutcome, string? Honour, bool Closed);

public sealed record StudentYearRecord(Guid StudentId, Guid ClassId, Guid SchoolYearId, IReadOnlyList<SubjectRecord> Subjects, IReadOnlyList<PeriodRecord> Periods);

/// <summary>What the học bạ (Records) reads of the gradebook: a student's or a class's year, and whether the year is locked.</summary>
public interface IYearRecords
{
    Task<StudentYearRecord> ForStudentAsync(Guid studentId, Guid classId, Guid schoolYearId, CancellationToken ct = default);

    /// <summary>Every student with results in the class, keyed by student.</summary>
    Task<IReadOnlyDictionary<Guid, StudentYearRecord>> ForClassAsync(Guid classId, Guid schoolYearId, CancellationToken ct = default);

    /// <summary>A year is locked when the principal has locked its "cả năm" period (LockTerms).</summary>
    Task<bool> IsYearLockedAsync(Guid schoolYearId, CancellationToken ct = default);
}

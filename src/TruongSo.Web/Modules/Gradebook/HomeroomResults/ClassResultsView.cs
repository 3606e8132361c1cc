using TruongSo.Web.Modules.Gradebook.Evaluation;

namespace TruongSo.Web.Modules.Gradebook.HomeroomResults;

/// <summary>
/// A class's results for one period, as the GVCN, the school and the Sở see them. Levels and
/// outcomes are the calculator's ASCII codes (Tot, Kha, Dat, ChuaDat; LenLop, OLaiLop, ChoHe; Gioi, XuatSac).
/// </summary>
public sealed record ClassResultsView(
    Guid ClassId, string ClassName, int Grade, Guid SchoolId, Guid SchoolYearId, string SchoolYearName, string Period, string RuleSet,
    bool CanWrite, bool CanLock, string? LockedReason, bool Closed, DateTime? ClosedAt,
    IReadOnlyList<SubjectColumn> Subjects, IReadOnlyList<StudentResultRow> Students, ClassSummary Summary);

public sealed record SubjectColumn(Guid Id, string Code, string Name, string Kind);

/// <param name="Value">"7.5", "D"/"CD", TT27 "T"/"H"/"C"; null while "chưa đủ điểm".</param>
/// <param name="Test">TT27: the end-of-year test, a whole number.</param>
/// <param name="Retest">The summer re-test result that replaces the year result (TT22 Điều 14).</param>
public sealed record SubjectCell(string Code, string? Value, bool Exempt, int? Test = null, string? Retest = null);

/// <param name="Traits">TT27: the qualities and competences the GVCN rated for the year (null under TT22).</param>
/// <param name="LearningAdjusted">True when Điều 9.3 raised <see cref="LearningComputed"/> to <see cref="Learning"/>.</param>
public sealed record StudentResultRow(
    Guid StudentId, string StudentCode, string FullName, IReadOnlyList<SubjectCell> Subjects,
    string? Learning, string? LearningComputed, bool LearningAdjusted,
    string? Conduct, string? ConductComment, int? Absences, string? HomeroomComment,
    string? YearEndOutcome, bool SummerConductTraining, IReadOnlyList<string> RetestSubjects, string? SummerConduct,
    string? FinalOutcome, string? FinalLearning, string? Honour,
    IReadOnlyList<string> Incomplete, IReadOnlyList<string> Explanation, Traits? Traits = null);

/// <summary>Tổng hợp kết quả: how many students at each level ("" for not yet rated).</summary>
public sealed record ClassSummary(int Students, IReadOnlyDictionary<string, int> Learning, IReadOnlyDictionary<string, int> Conduct,
    IReadOnlyDictionary<string, int> Outcomes, IReadOnlyDictionary<string, int> Honours);

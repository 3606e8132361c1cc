using TruongSo.Rules.Grading;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;

// The namespace is Evaluation, not Results (the folder's name): a namespace called Results would
// hide ASP.NET's Results class from every feature of the module.
namespace TruongSo.Web.Modules.Gradebook.Evaluation;

/// <summary>
/// What a class's results are computed from: the class, the subjects taught in its grade, the
/// students now in it, and their stored subject results, student results (conduct, absences,
/// summer) and exemptions. Loaded once; <see cref="ClassEvaluator.Evaluate"/> needs no database.
/// </summary>
public sealed record ClassFacts(
    ClassRef Class,
    SchoolYearRef Year,
    SchoolInfo? School,
    RuleSet RuleSet,
    IReadOnlyList<SubjectRef> Subjects,
    IReadOnlyList<RosterEntry> Students,
    IReadOnlyDictionary<(Guid Student, Guid Subject, GradingPeriod Period), SubjectResult> SubjectResults,
    IReadOnlyDictionary<(Guid Student, GradingPeriod Period), StudentResult> StudentResults,
    IReadOnlySet<(Guid Student, Guid Subject, GradingPeriod Period)> Exemptions)
{
    /// <summary>Sessions absent per student and term as the attendance module counted them (Attendance.Contracts.IAttendanceTotals).</summary>
    public IReadOnlyDictionary<(Guid Student, GradingPeriod Term), int> Attended { get; init; } = new Dictionary<(Guid, GradingPeriod), int>();

    public SubjectResult? Subject(Guid student, Guid subject, GradingPeriod period) => SubjectResults.GetValueOrDefault((student, subject, period));

    public StudentResult? Stored(Guid student, GradingPeriod period) => StudentResults.GetValueOrDefault((student, period));

    /// <summary>TT22 Điều 10–11: an exempt subject is left out of that term (or, exempt for the year, out of everything).</summary>
    public bool IsExempt(Guid student, Guid subject, GradingPeriod period) =>
        Exemptions.Contains((student, subject, period)) || Exemptions.Contains((student, subject, GradingPeriod.Year))
        || Subject(student, subject, period)?.Exempt == true || Subject(student, subject, GradingPeriod.Year)?.Exempt == true;
}

/// <summary>A class evaluated by the rule engine chosen for its school year and grade.</summary>
public sealed record ClassEvaluation(ClassFacts Facts, GradingSettings Settings, IReadOnlyList<StudentEvaluation> Students)
{
    public RuleSet RuleSet => Facts.RuleSet;
}

/// <summary>
/// One student's year as the engine sees it: <see cref="Tt22"/> for grades 6–12 (with the input
/// it was given), <see cref="Tt27"/> for grades 1–5; neither for the legacy rule sets, which are
/// displayed from what was recorded, never recomputed.
/// </summary>
public sealed record StudentEvaluation(RosterEntry Student, Tt22Input? Input, Tt22Result? Tt22, Tt27Input? Tt27Input, Tt27Result? Tt27)
{
    public IReadOnlyList<MissingAssessment> Incomplete => Tt22?.Incomplete ?? Tt27?.Incomplete ?? [];

    public IReadOnlyList<string> Explanation => Tt22?.Explanation ?? Tt27?.Explanation ?? [];

    /// <summary>What is missing for a period: a term's own items; for the year, everything.</summary>
    public IEnumerable<MissingAssessment> IncompleteFor(GradingPeriod period) => period == GradingPeriod.Year
        ? Incomplete
        : Incomplete.Where(m => m.Term == (period == GradingPeriod.Hk1 ? Term.Hk1 : Term.Hk2));
}

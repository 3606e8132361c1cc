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
/// summer) and exemptions (<see cref="Rows"/>). Loaded once; <see cref="ClassEvaluator.Evaluate"/> needs no database.
/// </summary>
public sealed record ClassFacts(
    ClassRef Class,
    SchoolYearRef Year,
    SchoolInfo? School,
    RuleSet RuleSet,
    IReadOnlyList<SubjectRef> Subjects,
    IReadOnlyList<RosterEntry> Students,
    YearRows Rows)
{
    /// <summary>From rows keyed by student, subject and period (the demo builds a class's facts so).</summary>
    public ClassFacts(ClassRef cls, SchoolYearRef year, SchoolInfo? school, RuleSet ruleSet, IReadOnlyList<SubjectRef> subjects, IReadOnlyList<RosterEntry> students,
        IReadOnlyDictionary<(Guid Student, Guid Subject, GradingPeriod Period), SubjectResult> subjectResults,
        IReadOnlyDictionary<(Guid Student, GradingPeriod Period), StudentResult> studentResults,
        IReadOnlySet<(Guid Student, Guid Subject, GradingPeriod Period)> exemptions)
        : this(cls, year, school, ruleSet, subjects, students, RowsOf(students, subjects, subjectResults.Values, studentResults.Values, exemptions))
    {
    }

    /// <summary>Sessions absent per student and term as the attendance module counted them (Attendance.Contracts.IAttendanceTotals).</summary>
    public IReadOnlyDictionary<(Guid Student, GradingPeriod Term), int> Attended { get; init; } = new Dictionary<(Guid, GradingPeriod), int>();

    /// <summary>Each of <see cref="Subjects"/>' position in <see cref="Rows"/>.</summary>
    internal int[] SubjectPositions { get; } = [.. Subjects.Select(s => Rows.SubjectAt(s.Id))];

    public SubjectResult? Subject(Guid student, Guid subject, GradingPeriod period) => Rows.Subject(Rows.StudentAt(student), Rows.SubjectAt(subject), period);

    public StudentResult? Stored(Guid student, GradingPeriod period) => Rows.Stored(Rows.StudentAt(student), period);

    /// <summary>TT22 Điều 10–11: an exempt subject is left out of that term (or, exempt for the year, out of everything).</summary>
    public bool IsExempt(Guid student, Guid subject, GradingPeriod period) => Rows.IsExempt(Rows.StudentAt(student), Rows.SubjectAt(subject), period);

    internal static YearRows RowsOf(IEnumerable<RosterEntry> students, IEnumerable<SubjectRef> subjects, IEnumerable<SubjectResult> subjectResults,
        IEnumerable<StudentResult> studentResults, IEnumerable<(Guid Student, Guid Subject, GradingPeriod Period)> exemptions)
    {
        var rows = new YearRows(students.Select(s => s.StudentId), subjects.Select(s => s.Id));
        rows.AddRange(subjectResults);
        foreach (var row in studentResults)
        {
            rows.Add(row);
        }
        foreach (var (student, subject, period) in exemptions)
        {
            rows.AddExemption(student, subject, period);
        }
        return rows;
    }
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

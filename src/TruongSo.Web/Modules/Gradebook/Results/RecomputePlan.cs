using TruongSo.Rules.Grading;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Web.Modules.Gradebook.Evaluation;

/// <summary>
/// The in-memory half of <see cref="RecomputeYear"/>: no I/O, so its cost is the engine's and ours alone.
/// A row about to change is handed to <paramref name="track"/> first, so that the unit of work writes
/// only the changed columns and checks the row's version as it was read.
/// </summary>
internal sealed class RecomputePlan(SchoolYearRef year, SchoolInfo? school, IReadOnlyList<SubjectRef> subjects, GradingSettings settings,
    IReadOnlySet<GradingPeriod> locked, DateTime now, Action<object> track, IReadOnlyDictionary<(Guid Student, GradingPeriod Term), int> attended)
{
    private static readonly GradingPeriod[] Periods = [GradingPeriod.Hk1, GradingPeriod.Hk2, GradingPeriod.Year];
    private static readonly IReadOnlySet<GradingPeriod> NotExempt = new HashSet<GradingPeriod>();
    private readonly Dictionary<(Guid, Guid, GradingPeriod), SubjectResult> subjectResults = [];

    public List<SubjectResult> NewSubjectRows { get; } = [];
    public List<SubjectResult> ChangedSubjectRows { get; } = [];
    public List<StudentResult> ChangedStudentRows { get; } = [];
    public int SubjectRowCount => subjectResults.Count;

    public void SubjectResults(IReadOnlyList<ClassRef> classes, IReadOnlyDictionary<Guid, IReadOnlyList<RosterEntry>> roster,
        List<MarkCell> marks, List<SubjectResult> stored, HashSet<(Guid Student, Guid Subject, GradingPeriod Period)> exempt)
    {
        foreach (var row in stored)
        {
            subjectResults[(row.StudentId, row.SubjectId, row.Period)] = row;
        }
        // A student who moved class keeps the marks of both classes: results follow the student, not the class.
        var cells = new MarkLayout(subjects, marks);
        var exemptFrom = exempt.GroupBy(e => (e.Student, e.Subject))
            .ToDictionary(g => g.Key, g => (IReadOnlySet<GradingPeriod>)g.Select(e => e.Period).ToHashSet());
        var open = Periods.Where(p => !locked.Contains(p)).ToArray();
        foreach (var cls in classes)
        {
            var students = roster.GetValueOrDefault(cls.Id, []).Where(s => s.StaysToYearEnd(year)).ToList();
            for (var subjectIndex = 0; subjectIndex < subjects.Count; subjectIndex++)
            {
                var subject = subjects[subjectIndex];
                if (SubjectRules.For(subject, cls, year) is not { } rules)
                {
                    continue;
                }
                foreach (var student in students)
                {
                    var outcome = SubjectResultsWriter.FromCells(rules, cells.Of(student.StudentId, subjectIndex),
                        exemptFrom.GetValueOrDefault((student.StudentId, subject.Id), NotExempt), settings);
                    foreach (var period in open)
                    {
                        Apply(cls, student.StudentId, subject.Id, period, outcome.For(period));
                    }
                }
            }
        }
    }

    private void Apply(ClassRef cls, Guid studentId, Guid subjectId, GradingPeriod period, TermOutcome o)
    {
        if (!subjectResults.TryGetValue((studentId, subjectId, period), out var row))
        {
            row = new SubjectResult { SchoolId = cls.SchoolId, SchoolYearId = cls.SchoolYearId, SubjectId = subjectId, StudentId = studentId, Period = period };
            subjectResults[(studentId, subjectId, period)] = row;
            NewSubjectRows.Add(row);
        }
        else if (row.ClassId == cls.Id && row.Complete == o.Complete && row.AverageTenths == o.AverageTenths && row.Level == o.Level && row.Exempt == o.Exempt)
        {
            return;
        }
        else
        {
            track(row);
            ChangedSubjectRows.Add(row);
        }
        (row.ClassId, row.Complete, row.AverageTenths, row.Level, row.Exempt, row.ComputedAt) = (cls.Id, o.Complete, o.AverageTenths, o.Level, o.Exempt, now);
    }

    /// <summary>Only rows the homeroom teacher already closed are stored; the rest are computed on read.</summary>
    public void StudentResults(IReadOnlyList<ClassRef> classes, IReadOnlyDictionary<Guid, IReadOnlyList<RosterEntry>> roster,
        List<StudentResult> stored, HashSet<(Guid Student, Guid Subject, GradingPeriod Period)> exemptions)
    {
        var byKey = stored.ToDictionary(r => (r.StudentId, r.Period));
        foreach (var cls in classes)
        {
            var facts = new ClassFacts(cls, year, school, RuleSets.For(year.StartYear, cls.Grade),
                [.. subjects.Where(s => s.PeriodsByGrade.ContainsKey(cls.Grade))], [.. roster.GetValueOrDefault(cls.Id, []).Where(s => s.StaysToYearEnd(year))],
                subjectResults, byKey, exemptions) { Attended = attended };
            foreach (var student in ClassEvaluator.Evaluate(facts, settings, explain: false).Students)
            {
                foreach (var period in Periods.Where(p => !locked.Contains(p)))
                {
                    if (byKey.GetValueOrDefault((student.Student.StudentId, period)) is { } row && Changed(row, student, period, facts.RuleSet))
                    {
                        ChangedStudentRows.Add(row);
                    }
                }
            }
        }
    }

    private bool Changed(StudentResult row, StudentEvaluation student, GradingPeriod period, RuleSet ruleSet)
    {
        var after = ClassEvaluationRows.Compute(student, period);
        if (ClassEvaluationRows.Read(row) == after)
        {
            return false;
        }
        track(row);
        (row.Learning, row.LearningComputed, row.YearEndOutcome, row.SummerConductTraining, row.RetestSubjects, row.FinalOutcome, row.Honour) =
            (after.Learning, after.LearningComputed, after.YearEndOutcome, after.SummerConductTraining, after.RetestSubjects, after.FinalOutcome, after.Honour);
        if (period == GradingPeriod.Year && ruleSet == RuleSet.Tt22)
        {
            row.Conduct = after.Conduct;
        }
        (row.UpdatedAt, row.Version) = (now, row.Version + 1);
        return true;
    }
}

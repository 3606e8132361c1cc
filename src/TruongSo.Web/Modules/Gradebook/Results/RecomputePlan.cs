using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Web.Modules.Gradebook.Evaluation;

/// <summary>
/// The in-memory half of <see cref="RecomputeYear"/>: no I/O, so its cost is the engine's and ours alone.
/// Every row is found by the student's and subject's positions (<see cref="YearRows"/>), not by hashing
/// (student, subject, period) 78,000 times. A row about to change is handed to <paramref name="track"/>
/// first, so that the unit of work writes only the changed columns and checks the row's version as it was read.
/// </summary>
internal sealed partial class RecomputePlan(RecomputeInput input, DateTime now, Action<object> track)
{
    private static readonly GradingPeriod[] Periods = [GradingPeriod.Hk1, GradingPeriod.Hk2, GradingPeriod.Year];
    private readonly SchoolYearRef year = input.Year;
    private readonly GradingPeriod[] open = [.. Periods.Where(p => !input.Locked.Contains(p))];
    private readonly List<RosterEntry>[] stayers = [.. input.Classes.Select(c => input.Roster.GetValueOrDefault(c.Id, []).Where(s => s.StaysToYearEnd(input.Year)).ToList())];
    private YearRows rows = null!;

    public List<SubjectResult> NewSubjectRows { get; } = [];
    public int ChangedSubjectRows { get; private set; }
    public int ChangedStudentRows { get; private set; }
    public int SubjectRowCount => input.SubjectRows.Count + NewSubjectRows.Count;

    /// <summary>Every subject result of the students who stay to the year's end, from their marks (a student who moved class keeps both classes' marks).</summary>
    public void SubjectResults()
    {
        var subjects = input.Subjects;
        rows = ClassFacts.RowsOf(stayers.SelectMany(s => s), subjects, input.SubjectRows, input.StudentRows,
            input.Exemptions.Select(e => (e.StudentId, e.SubjectId, e.Period)));
        var exempt = new byte[rows.StudentCount * subjects.Count]; // "Exempt" only: an individual plan is still marked (Điều 10–11)
        foreach (var e in input.Exemptions)
        {
            if (e.Kind == ExemptionKind.Exempt && rows.StudentAt(e.StudentId) is var s and >= 0 && rows.SubjectAt(e.SubjectId) is var j and >= 0)
            {
                exempt[(s * subjects.Count) + j] |= (byte)SubjectValues.Bit(e.Period);
            }
        }
        var cells = new MarkLayout(rows, input.Marks);
        for (var c = 0; c < input.Classes.Count; c++)
        {
            var (cls, students) = (input.Classes[c], stayers[c]);
            var positions = students.ConvertAll(s => rows.StudentAt(s.StudentId));
            for (var subject = 0; subject < subjects.Count; subject++)
            {
                if (SubjectRules.For(subjects[subject], cls, year) is not { } rules)
                {
                    continue;
                }
                for (var i = 0; i < positions.Count; i++)
                {
                    var at = positions[i];
                    var values = SubjectValues.Of(rules, cells.Of(at, subject), exempt[(at * subjects.Count) + subject], input.Settings);
                    foreach (var period in open)
                    {
                        Apply(cls, (students[i].StudentId, at), subject, period, values.For(period));
                    }
                }
            }
        }
    }

    private void Apply(ClassRef cls, (Guid Id, int At) student, int subject, GradingPeriod period, in TermValue o)
    {
        if (rows.Subject(student.At, subject, period) is not { } row)
        {
            row = new SubjectResult
            {
                SchoolId = cls.SchoolId, SchoolYearId = cls.SchoolYearId, SubjectId = input.Subjects[subject].Id, StudentId = student.Id, Period = period,
            };
            rows.Set(student.At, subject, period, row);
            NewSubjectRows.Add(row);
        }
        else if (row.ClassId == cls.Id && row.Complete == o.Complete && row.AverageTenths == o.AverageTenths && row.Level == o.Level && row.Exempt == o.Exempt)
        {
            return;
        }
        else
        {
            track(row);
            ChangedSubjectRows++;
        }
        (row.ClassId, row.Complete, row.AverageTenths, row.Level, row.Exempt, row.ComputedAt) = (cls.Id, o.Complete, o.AverageTenths, o.Level, o.Exempt, now);
    }
}

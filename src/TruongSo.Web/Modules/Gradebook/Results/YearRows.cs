using TruongSo.Web.Modules.Gradebook.Data;

namespace TruongSo.Web.Modules.Gradebook.Evaluation;

/// <summary>
/// The stored subject results, student results and exemptions of some students in a school year,
/// by the students' and subjects' positions: a class's results read them per student × subject, and
/// the whole-year recompute (78,000 subject results) fills and probes them with no hashing per row.
/// Rows of a student or subject not given are left out: nobody asks for them.
/// </summary>
public sealed class YearRows
{
    private const int Periods = 3;
    private readonly Dictionary<Guid, int> students;
    private readonly Dictionary<Guid, int> subjects;
    private readonly SubjectResult?[] subjectRows;
    private readonly StudentResult?[] studentRows;
    private readonly byte[] exemptions;

    public YearRows(IEnumerable<Guid> studentIds, IEnumerable<Guid> subjectIds)
    {
        (students, subjects) = (Positions(studentIds), Positions(subjectIds));
        subjectRows = new SubjectResult?[students.Count * subjects.Count * Periods];
        studentRows = new StudentResult?[students.Count * Periods];
        exemptions = new byte[students.Count * subjects.Count];
    }

    public int StudentCount => students.Count;

    public int SubjectCount => subjects.Count;

    /// <summary>The student's position, or -1 (then every lookup answers "nothing stored").</summary>
    public int StudentAt(Guid studentId) => students.TryGetValue(studentId, out var at) ? at : -1;

    public int SubjectAt(Guid subjectId) => subjects.TryGetValue(subjectId, out var at) ? at : -1;

    public SubjectResult? Subject(int student, int subject, GradingPeriod period) =>
        student < 0 || subject < 0 ? null : subjectRows[SubjectSlot(student, subject, period)];

    public StudentResult? Stored(int student, GradingPeriod period) => student < 0 ? null : studentRows[(student * Periods) + (int)period - 1];

    /// <summary>The periods with an exemption row (of any kind) as <see cref="SubjectValues.Bit"/> flags.</summary>
    public int Exemptions(int student, int subject) => student < 0 || subject < 0 ? 0 : exemptions[(student * subjects.Count) + subject];

    /// <summary>TT22 Điều 10–11: an exempt subject is left out of that term (or, exempt for the year, out of everything).</summary>
    public bool IsExempt(int student, int subject, GradingPeriod period) =>
        SubjectValues.IsExempt(Exemptions(student, subject), period)
        || Subject(student, subject, period)?.Exempt == true || Subject(student, subject, GradingPeriod.Year)?.Exempt == true;

    /// <summary>Many subject results at once: rows come a student at a time, so a position is looked up only when it changes.</summary>
    public void AddRange(IEnumerable<SubjectResult> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var (studentId, student, subjectId, subject) = (Guid.Empty, -1, Guid.Empty, -1);
        foreach (var row in rows)
        {
            if (row.StudentId != studentId)
            {
                (studentId, student) = (row.StudentId, StudentAt(row.StudentId));
            }
            if (row.SubjectId != subjectId)
            {
                (subjectId, subject) = (row.SubjectId, SubjectAt(row.SubjectId));
            }
            if (student >= 0 && subject >= 0)
            {
                subjectRows[SubjectSlot(student, subject, row.Period)] = row;
            }
        }
    }

    public void Add(StudentResult row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (StudentAt(row.StudentId) is var student and >= 0)
        {
            studentRows[(student * Periods) + (int)row.Period - 1] = row;
        }
    }

    public void AddExemption(Guid studentId, Guid subjectId, GradingPeriod period)
    {
        var (student, subject) = (StudentAt(studentId), SubjectAt(subjectId));
        if (student >= 0 && subject >= 0)
        {
            exemptions[(student * subjects.Count) + subject] |= (byte)SubjectValues.Bit(period);
        }
    }

    internal void Set(int student, int subject, GradingPeriod period, SubjectResult row) => subjectRows[SubjectSlot(student, subject, period)] = row;

    private int SubjectSlot(int student, int subject, GradingPeriod period) => (((student * subjects.Count) + subject) * Periods) + (int)period - 1;

    private static Dictionary<Guid, int> Positions(IEnumerable<Guid> ids)
    {
        var positions = new Dictionary<Guid, int>(ids.TryGetNonEnumeratedCount(out var count) ? count : 0);
        foreach (var id in ids)
        {
            positions.TryAdd(id, positions.Count);
        }
        return positions;
    }
}

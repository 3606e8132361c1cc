using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Web.Modules.Gradebook.Evaluation;

/// <summary>One cell of the sổ điểm as the whole-year recompute reads it: only what the engine needs.</summary>
public readonly record struct MarkCell(Guid StudentId, Guid SubjectId, int Term, MarkColumn Column, int? Tenths, string? Level);

/// <summary>
/// A school year's marks laid out once in two flat arrays, student × subject × twelve cells, so that
/// each student's subject is a <see cref="MarkSlots"/> window: no grouping, no dictionary per student.
/// </summary>
internal sealed class MarkLayout
{
    private static readonly MarkSlots Empty = new(new int?[MarkSlots.Size], new string?[MarkSlots.Size], 0);
    private readonly Dictionary<Guid, int> students = [];
    private readonly int subjectCount;
    private readonly int?[] tenths;
    private readonly string?[] levels;

    public MarkLayout(IReadOnlyList<SubjectRef> subjects, List<MarkCell> marks)
    {
        var subjectIndex = new Dictionary<Guid, int>(subjects.Count);
        for (var i = 0; i < subjects.Count; i++)
        {
            subjectIndex[subjects[i].Id] = i;
        }
        subjectCount = subjects.Count;
        foreach (var m in marks)
        {
            students.TryAdd(m.StudentId, students.Count);
        }
        (tenths, levels) = (new int?[students.Count * subjectCount * MarkSlots.Size], new string?[students.Count * subjectCount * MarkSlots.Size]);
        foreach (var m in marks)
        {
            if (m.Term is 1 or 2 && subjectIndex.TryGetValue(m.SubjectId, out var subject))
            {
                var at = Offset(students[m.StudentId], subject) + MarkSlots.Slot(m.Term, m.Column);
                (tenths[at], levels[at]) = (m.Tenths, m.Level);
            }
        }
    }

    /// <summary>The student's cells in the subject (the index into the subjects given); empty when they have no marks.</summary>
    public MarkSlots Of(Guid studentId, int subject) =>
        students.TryGetValue(studentId, out var student) ? new(tenths, levels, Offset(student, subject)) : Empty;

    private int Offset(int student, int subject) => ((student * subjectCount) + subject) * MarkSlots.Size;
}

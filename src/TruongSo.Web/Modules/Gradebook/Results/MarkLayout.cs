using System.Runtime.InteropServices;
using TruongSo.Web.Modules.Gradebook.Data;

namespace TruongSo.Web.Modules.Gradebook.Evaluation;

/// <summary>One cell of the sổ điểm as the whole-year recompute reads it: only what the engine needs.</summary>
public readonly record struct MarkCell(Guid StudentId, Guid SubjectId, int Term, MarkColumn Column, int? Tenths, string? Level);

/// <summary>
/// A school year's marks laid out once in two flat arrays, student × subject × twelve cells (the positions
/// of <see cref="YearRows"/>), so that each student's subject is a <see cref="MarkSlots"/> window: no
/// grouping, no dictionary per student. Marks of a student or subject not in the rows are left out.
/// </summary>
internal sealed class MarkLayout
{
    private readonly int subjectCount;
    private readonly int?[] tenths;
    private readonly string?[] levels;

    public MarkLayout(YearRows rows, List<MarkCell> marks)
    {
        subjectCount = rows.SubjectCount;
        (tenths, levels) = (new int?[rows.StudentCount * subjectCount * MarkSlots.Size], new string?[rows.StudentCount * subjectCount * MarkSlots.Size]);
        // The marks come a student (and a subject) at a time: look a position up only when it changes.
        var (student, studentAt, subject, subjectAt) = (Guid.Empty, -1, Guid.Empty, -1);
        foreach (ref readonly var m in CollectionsMarshal.AsSpan(marks))
        {
            if (m.StudentId != student)
            {
                (student, studentAt) = (m.StudentId, rows.StudentAt(m.StudentId));
            }
            if (m.SubjectId != subject)
            {
                (subject, subjectAt) = (m.SubjectId, rows.SubjectAt(m.SubjectId));
            }
            if (m.Term is 1 or 2 && studentAt >= 0 && subjectAt >= 0)
            {
                var at = Offset(studentAt, subjectAt) + MarkSlots.Slot(m.Term, m.Column);
                (tenths[at], levels[at]) = (m.Tenths, m.Level);
            }
        }
    }

    /// <summary>The cells of the student and subject at these positions of the <see cref="YearRows"/>.</summary>
    public MarkSlots Of(int student, int subject) => new(tenths, levels, Offset(student, subject));

    private int Offset(int student, int subject) => ((student * subjectCount) + subject) * MarkSlots.Size;
}

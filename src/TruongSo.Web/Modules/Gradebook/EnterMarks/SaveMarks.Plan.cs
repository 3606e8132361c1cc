using TruongSo.Rules.Grading;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Gradebook.Evaluation;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.EnterMarks;

/// <summary>
/// A save worked out from the marks as read: the cells to write, those that conflict, the subject results
/// and the audit entry's before and after. Writing it is valid while those marks have not changed.
/// </summary>
internal sealed class SavePlan
{
    public required IReadOnlyDictionary<Guid, int> ReadVersions { get; init; }
    public required Dictionary<(Guid StudentId, MarkColumn Column), Mark> Cells { get; init; }
    public required HashSet<(Guid StudentId, MarkColumn Column)> Touched { get; init; }
    public required MarkWrites Writes { get; init; }
    public required SubjectResultRows Results { get; set; }
    public required List<CellConflict> Conflicts { get; init; }
    public required int Saved { get; init; }

    /// <summary>The audit entry's before and after cells (<see cref="AuditedCells"/>), serialised ahead.</summary>
    public required string Before { get; init; }
    public required string After { get; init; }

    /// <summary>Whether the marks of the students are still those the plan was made from (same rows, same row versions).</summary>
    public async Task<bool> StillCurrentAsync(AppDbContext db, SheetRef sheet, IReadOnlyCollection<Guid> studentIds, CancellationToken ct)
    {
        var now = await SheetMarks.VersionsAsync(db, studentIds, sheet.Subject.Id, sheet.Year.Id, ct);
        return now.Count == ReadVersions.Count && now.All(m => ReadVersions.TryGetValue(m.Key, out var v) && v == m.Value);
    }
}

public sealed partial class SaveMarks
{
    /// <param name="read">The students' rows of marks if already read in the transaction (PostgreSQL: with the page's row), else null.</param>
    private async Task<SavePlan> PlanAsync(SaveScope scope, List<ParsedChange> changes, IReadOnlyCollection<Guid> studentIds, GradingSettings grading,
        List<MarkRow>? read, CancellationToken ct)
    {
        var sheet = scope.Sheet;
        var rows = read ?? await SheetMarks.ReadAsync(db, studentIds, sheet.Subject.Id, sheet.Year.Id, ct);
        var versions = rows.ToDictionary(r => r.Id, r => r.Version);
        var marks = rows.SelectMany(r => r.Marks()).ToList();
        var cells = marks.Where(m => m.Term == sheet.Term).ToDictionary(m => (m.StudentId, m.Column));
        var seen = cells.ToDictionary(kv => kv.Key, kv => kv.Value.Version);
        var touched = new HashSet<(Guid StudentId, MarkColumn Column)>();
        var (before, after, conflicts) = (new List<AuditCell>(), new List<AuditCell>(), new List<CellConflict>());
        foreach (var c in changes)
        {
            var key = (c.Student.StudentId, c.Column.Column);
            cells.TryGetValue(key, out var mark);
            if (c.Version != seen.GetValueOrDefault(key))
            {
                conflicts.Add(await ConflictAsync(c, mark, ct));
                continue;
            }
            var (oldValue, oldNote) = (CellText.Format(c.Column, mark), c.Column.TakesNote ? mark?.Note ?? MarkNote.None : MarkNote.None);
            var newValue = CellText.Format(c.Column, Apply(new Mark(), c));
            if (oldValue == newValue && oldNote == c.Note)
            {
                continue;
            }
            if (mark is null)
            {
                mark = cells[key] = new Mark
                {
                    SchoolId = sheet.Class.SchoolId, SchoolYearId = sheet.Year.Id, ClassId = sheet.Class.Id, SubjectId = sheet.Subject.Id,
                    StudentId = key.StudentId, Term = sheet.Term, Column = key.Column,
                };
                marks.Add(mark);
            }
            Apply(mark, c);
            touched.Add(key);
            before.Add(new(key.StudentId, c.Column.Key, oldValue, oldNote));
            after.Add(new(key.StudentId, c.Column.Key, newValue, c.Note));
        }
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var key in touched)
        {
            var mark = cells[key];
            if (mark is { Tenths: null, Level: null })
            {
                // Clearing a cell removes it from its row; the audit entry keeps what it held.
                cells.Remove(key);
                marks.Remove(mark);
                continue;
            }
            (mark.Version, mark.UpdatedAt, mark.UpdatedBy, mark.ClassId) = (seen.GetValueOrDefault(key) + 1, now, actor.UserId, sheet.Class.Id);
        }
        var students = touched.Select(k => k.StudentId).Distinct().ToList();
        return new SavePlan
        {
            ReadVersions = versions, Cells = cells, Touched = touched, Writes = MarkWrites.For(sheet, students, rows, cells, now), Conflicts = conflicts, Saved = after.Count,
            Results = SubjectResultsWriter.Rows(sheet.Class, sheet.Subject.Id, sheet.Rules, grading, students, marks, scope.Exemptions, now),
            Before = AuditedCells.Write(before), After = AuditedCells.Write(after),
        };
    }

    private static Mark Apply(Mark mark, ParsedChange c)
    {
        if (c.Column.Kind is CellKind.Score or CellKind.Test)
        {
            mark.Tenths = c.Value.Tenths;
        }
        else
        {
            mark.Level = c.Value.Level;
        }
        if (c.Column.TakesNote)
        {
            mark.Note = c.Value.IsEmpty ? MarkNote.None : c.Note;
        }
        return mark;
    }
}

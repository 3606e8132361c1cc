using TruongSo.Rules.Grading;
using TruongSo.Web.Modules.Gradebook.Data;

namespace TruongSo.Web.Modules.Gradebook.EnterMarks;

/// <summary>A changed cell as the audit log keeps it: the API's code and the note, before or after.</summary>
public sealed record AuditCell(Guid StudentId, string Column, string? Value,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<MarkNote>))] MarkNote Note);

public sealed partial class SaveMarks
{
    private async Task<SaveMarksResult> ApplyAsync(SheetRef sheet, List<ParsedChange> changes, string? reason, GradingSettings grading, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // A failed save is retried whole (HandleAsync), so EF's savepoint around SaveChanges is two round trips for nothing.
        db.Database.AutoSavepointsEnabled = false;
        // Saves of one page queue here, so that each reads the marks the previous one wrote.
        var sheetRow = await SheetRows.HoldAsync(db, sheet, ct);
        var ids = changes.Select(c => c.Student.StudentId).Distinct().ToList();
        var marks = await SheetMarks.ReadAsync(db, ids, sheet.Subject.Id, sheet.Year.Id, ct);
        var cells = marks.Where(m => m.Term == sheet.Term).ToDictionary(m => (m.StudentId, m.Column));
        var seen = cells.ToDictionary(kv => kv.Key, kv => kv.Value.Version);
        var touched = new HashSet<(Guid StudentId, MarkColumn Column)>();
        var added = new HashSet<Mark>();
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
                added.Add(mark);
                marks.Add(mark);
            }
            Apply(mark, c);
            touched.Add(key);
            before.Add(new(key.StudentId, c.Column.Key, oldValue, oldNote));
            after.Add(new(key.StudentId, c.Column.Key, newValue, c.Note));
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var writes = new MarkWrites();
        foreach (var key in touched)
        {
            var mark = cells[key];
            var version = seen.GetValueOrDefault(key);
            if (mark is { Tenths: null, Level: null })
            {
                // Clearing a cell deletes its mark; the audit entry keeps what it held.
                if (!added.Contains(mark))
                {
                    writes.Delete(mark, version);
                }
                cells.Remove(key);
                marks.Remove(mark);
                continue;
            }
            (mark.Version, mark.UpdatedAt, mark.UpdatedBy, mark.ClassId) = (version + 1, now, actor.UserId, sheet.Class.Id);
            writes.Save(mark, added.Contains(mark), version);
        }
        await writes.RunAsync(db, ct);
        var students = touched.Select(k => k.StudentId).Distinct().ToList();
        var outcomes = await results.WriteAsync(sheet.Class, sheet.Subject.Id, sheet.Rules, grading, students, marks, ct);
        if (touched.Count > 0)
        {
            // A completed page that changes is no longer complete: its teacher marks it again.
            var completionCleared = sheetRow.CompletedAt is not null;
            if (completionCleared)
            {
                await SheetRows.ClearCompletionAsync(db, sheetRow.Id, ct);
            }
            audit.Record(new(Action, EntityType, sheet.EntityId, new { cells = before }, new { cells = after, completionCleared },
                reason, sheet.Class.SchoolId));
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);

        // Every written cell was written by this user: their name is looked up once, not per cell.
        var by = touched.Count > 0 ? await names.OfAsync(actor.UserId, ct) : null;
        var states = new List<CellState>(touched.Count);
        foreach (var (studentId, column) in touched)
        {
            foreach (var k in sheet.Columns.Where(k => k.Column == column))
            {
                states.Add(State(studentId, k, cells.GetValueOrDefault((studentId, column)), by));
            }
        }
        var termResults = students.Select(s => TermResult(s, outcomes[s].For(sheet.Period))).ToList();
        return new SaveMarksResult(after.Count, states, conflicts, termResults);
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

    internal static StudentTermResult TermResult(Guid studentId, Evaluation.TermOutcome o) => new(studentId, o.Display, o.Complete, o.Exempt, o.Missing);

    private async Task<CellState> StateAsync(Guid studentId, SheetColumn column, Mark? mark, CancellationToken ct) =>
        State(studentId, column, mark, mark is null ? null : await names.OfAsync(mark.UpdatedBy, ct));

    private static CellState State(Guid studentId, SheetColumn column, Mark? mark, string? updatedBy) =>
        new(studentId, column.Key, CellText.Format(column, mark), column.TakesNote ? mark?.Note ?? MarkNote.None : MarkNote.None,
            mark?.Version ?? 0, mark?.UpdatedAt, mark is null ? null : updatedBy);

    private async Task<CellConflict> ConflictAsync(ParsedChange c, Mark? mark, CancellationToken ct)
    {
        var current = await StateAsync(c.Student.StudentId, c.Column, mark, ct);
        var shown = CellText.Display(c.Column, mark) is { Length: > 0 } text ? text : "ô trống";
        var message = mark is null
            ? "Ô này vừa bị xoá ở nơi khác; giá trị của bạn chưa được lưu."
            : $"Ô này vừa được {current.UpdatedBy} sửa lúc {VietnamTime(mark.UpdatedAt)} thành {shown}; giá trị của bạn chưa được lưu.";
        return new CellConflict(c.Student.StudentId, c.Column.Key, c.Typed, current, message);
    }

    internal static string VietnamTime(DateTime utc) =>
        utc.AddHours(7).ToString("HH:mm dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}

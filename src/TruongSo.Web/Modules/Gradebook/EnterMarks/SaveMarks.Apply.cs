using Microsoft.EntityFrameworkCore;
using TruongSo.Rules.Grading;
using TruongSo.Web.Modules.Gradebook.Data;

namespace TruongSo.Web.Modules.Gradebook.EnterMarks;

public sealed partial class SaveMarks
{
    private async Task<(SaveMarksResult? Result, Refusal? Refusal)> ApplyAsync(SaveScope scope, List<ParsedChange> changes, string? reason, GradingSettings grading,
        CancellationToken ct)
    {
        var sheet = scope.Sheet;
        var ids = changes.Select(c => c.Student.StudentId).Distinct().ToList();
        // SQLite has one writer: the save is worked out before its turn from the marks as read, and the turn
        // only checks that they are unchanged and writes (one save's whole transaction used to hold the file).
        var planned = db.Database.IsSqlite() ? await PlanAsync(scope, changes, ids, grading, read: null, ct) : null;
        if (planned is not null)
        {
            planned.Results = await results.WithoutUnchangedAsync(planned.Results, sheet.Class.Id, sheet.Subject.Id, sheet.Year.Id, ct);
        }
        using var turn = await writerTurn.WaitAsync(db, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // A failed save is retried whole (HandleAsync), so EF's savepoint around SaveChanges is two round trips for nothing.
        db.Database.AutoSavepointsEnabled = false;
        // On PostgreSQL saves of one class and subject queue here, both terms' pages (the year's result reads both), so that
        // each reads the marks the one before wrote: they come back in the same round trip, and the plan is made from them.
        var (sheetRow, read) = await SheetRows.HoldAsync(db, sheet, planned is null ? ids : null, ct);
        if (sheetRow.Locked is { } locked)
        {
            return (null, Refusal.Conflict(locked));
        }
        if (sheetRow.TermLocked && string.IsNullOrWhiteSpace(reason))
        {
            // A locked term that passed the gate was reopened on request: the correction needs its reason (TT22 Điều 19, red-ink rule).
            return (null, Refusal.Invalid(new Dictionary<string, string[]> { ["reason"] = ["Sổ điểm đã khoá và được mở lại để sửa: hãy ghi lí do sửa điểm."] }));
        }
        var plan = planned is not null && await planned.StillCurrentAsync(db, sheet, ids, ct) ? planned : await PlanAsync(scope, changes, ids, grading, read, ct);
        await plan.Writes.RunAsync(db, ct);
        await results.WriteAsync(plan.Results, ct);
        if (plan.Touched.Count > 0)
        {
            // A completed page that changes is no longer complete: its teacher marks it again.
            var completionCleared = sheetRow.CompletedAt is not null;
            if (completionCleared)
            {
                await SheetRows.ClearCompletionAsync(db, sheetRow.Id, ct);
            }
            audit.Record(new(Action, EntityType, sheet.EntityId, plan.Before, AuditedCells.WithCompletionCleared(plan.After, completionCleared), reason,
                sheet.Class.SchoolId));
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        turn?.Dispose();

        // Every written cell was written by this user: their name is looked up once, not per cell.
        var by = plan.Touched.Count > 0 ? await names.OfAsync(actor.UserId, ct) : null;
        var states = new List<CellState>(plan.Touched.Count);
        foreach (var (studentId, column) in plan.Touched)
        {
            foreach (var k in sheet.Columns.Where(k => k.Column == column))
            {
                states.Add(State(studentId, k, plan.Cells.GetValueOrDefault((studentId, column)), by));
            }
        }
        var termResults = plan.Results.Outcomes.Select(o => TermResult(o.Key, o.Value.For(sheet.Period))).ToList();
        return (new SaveMarksResult(plan.Saved, states, plan.Conflicts, termResults), null);
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

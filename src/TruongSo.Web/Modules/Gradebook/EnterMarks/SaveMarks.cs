using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Gradebook.Evaluation;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Auth;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.EnterMarks;

/// <summary>
/// Saves cells of one sổ điểm page: every cell is checked first (nothing changes if one is wrong), then
/// in one transaction the cells whose version the client saw are written, the others come back as
/// conflicts, the subject results are recomputed by the engine, and one audit entry lists every change.
/// </summary>
public sealed partial class SaveMarks(SheetFinder finder, IClassRosters rosters, AppDbContext db, AuditLog audit,
    SubjectResultsWriter results, GradingSettingsStore settings, StaffNames names, ICurrentActor actor, TimeProvider clock, SqliteWriterTurn writerTurn,
    SaveScopes scopes)
{
    public const string EntityType = "gradebook.sheet";
    public const string Action = "gradebook.marks.save";
    private const int MaxCells = 5000;

    public async Task<(SaveMarksResult? Result, Refusal? Refusal)> HandleAsync(ClaimsPrincipal user, Guid classId, Guid subjectId, int term,
        SaveMarksRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        // One connection for the whole save: EF would otherwise open and close it around each of the
        // dozen queries before the transaction (PostgreSQL resets a pooled connection on each reuse,
        // SQLite runs its per-connection pragmas on each open).
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await SaveAsync(user, classId, subjectId, term, request, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
            db.Database.AutoSavepointsEnabled = true; // the context goes back to the pool as it came
        }
    }

    private async Task<(SaveMarksResult? Result, Refusal? Refusal)> SaveAsync(ClaimsPrincipal user, Guid classId, Guid subjectId, int term,
        SaveMarksRequest request, CancellationToken ct)
    {
        var (scope, refusal) = await ScopeAsync(user, classId, subjectId, term, ct);
        if (scope is null)
        {
            return (null, refusal);
        }
        var (changes, errors) = Validate(scope.Sheet, request, scope.Roster);
        if (errors.Count > 0)
        {
            return (null, Refusal.Invalid(errors));
        }
        var grading = await settings.ForSchoolAsync(scope.Sheet.Class.SchoolId, ct);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ApplyAsync(scope, changes, request.Reason?.Trim(), grading, ct);
            }
            catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException && attempt < 3)
            {
                // Another save wrote the same cell between our read and our write (a stale version, or a
                // duplicate insert that the unique index refused): read again, and the cell comes back as a conflict.
                db.ChangeTracker.Clear();
            }
        }
    }

    internal sealed record ParsedChange(RosterEntry Student, SheetColumn Column, CellValue Value, MarkNote Note, int Version, string? Typed);

    private static (List<ParsedChange> Changes, Dictionary<string, string[]> Errors) Validate(SheetRef sheet, SaveMarksRequest request, IReadOnlyDictionary<Guid, RosterEntry> roster)
    {
        var errors = new Dictionary<string, string[]>();
        var changes = new List<ParsedChange>();
        var cells = request.Cells ?? [];
        if (cells.Count is 0 or > MaxCells)
        {
            errors["cells"] = [cells.Count == 0 ? "Chưa có ô nào để lưu." : $"Mỗi lần lưu tối đa {MaxCells} ô."];
            return (changes, errors);
        }
        var seen = new HashSet<(Guid, string)>();
        for (var i = 0; i < cells.Count; i++)
        {
            var (c, field) = (cells[i], $"cells[{i}]");
            if (!roster.TryGetValue(c.StudentId, out var student))
            {
                errors[$"{field}.studentId"] = [$"Học sinh này không có trong danh sách lớp {sheet.Class.Name}; không thể ghi điểm."];
                continue;
            }
            var column = sheet.Columns.FirstOrDefault(k => string.Equals(k.Key, c.Column?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (column is null)
            {
                errors[$"{field}.column"] = [ColumnError(sheet, student, c.Column)];
                continue;
            }
            if (!seen.Add((student.StudentId, column.Key)))
            {
                errors[$"{field}.column"] = [$"{student.FullName}, {column.Heading}: ô này được gửi hai lần trong một lần lưu."];
                continue;
            }
            if (!CellText.TryParse(column.Kind, c.Value, out var value, out var error))
            {
                errors[$"{field}.value"] = [$"{student.FullName}, {column.Heading}: {error}"];
                continue;
            }
            var note = c.Note ?? MarkNote.None;
            if (note != MarkNote.None && (!column.TakesNote || value.IsEmpty))
            {
                errors[$"{field}.note"] = [$"{student.FullName}, {column.Heading}: chỉ ghi “kiểm tra bù” hoặc “vắng không lí do” kèm một điểm TX, GK hoặc CK đã nhập."];
                continue;
            }
            if (c.Version < 0)
            {
                errors[$"{field}.version"] = [$"{student.FullName}, {column.Heading}: phiên bản của ô không hợp lệ."];
                continue;
            }
            changes.Add(new(student, column, value, note, c.Version, c.Value));
        }
        return (changes, errors);
    }

    private static string ColumnError(SheetRef sheet, RosterEntry student, string? column)
    {
        var given = column?.Trim() ?? "";
        var all = string.Join(", ", sheet.Columns.Select(k => k.Heading));
        return given.StartsWith("Tx", StringComparison.OrdinalIgnoreCase) && sheet.Rules.RegularCount > 0
            ? $"{student.FullName}: không có cột {given.ToUpperInvariant()}. Môn {sheet.Subject.Name} khối {sheet.Class.Grade} chỉ có {sheet.Rules.RegularCount} điểm đánh giá thường xuyên mỗi học kì (TT22 Điều 6); các cột: {all}."
            : $"{student.FullName}: sổ điểm này không có cột “{given}”; các cột: {all}.";
    }
}

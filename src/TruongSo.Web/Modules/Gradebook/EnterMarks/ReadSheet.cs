using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Gradebook.Evaluation;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.EnterMarks;

public sealed record SheetColumnView(string Key, string Heading, string Title, CellKind Kind);

/// <summary>A student's row: the cells by column key, the term result, and whether the row takes changes (a student who left does not).</summary>
public sealed record SheetRowView(Guid StudentId, string StudentCode, string FullName, bool Left, bool Writable,
    IReadOnlyDictionary<string, CellState> Cells, StudentTermResult Result);

/// <summary>One page of the sổ điểm: who, which columns, every cell with its version, and whether this user may write it and why not.</summary>
public sealed record SheetView(Guid ClassId, string ClassName, int Grade, Guid SubjectId, string SubjectName, int Term, string SchoolYear,
    string RuleSet, SheetKind Kind, IReadOnlyList<SheetColumnView> Columns, IReadOnlyList<SheetRowView> Rows,
    bool CanWrite, string? ReadOnlyReason, bool Reopened, DateTime? CompletedAt, int Incomplete);

/// <summary>Reads a page of the sổ điểm: the class roster in Vietnamese order, the marks, and the engine's term results.</summary>
public sealed class ReadSheet(SheetFinder finder, SheetGate gate, IClassRosters rosters, AppDbContext db, SubjectResultsWriter results,
    GradingSettingsStore settings, StaffNames names)
{
    public async Task<(SheetView? View, Refusal? Refusal)> HandleAsync(ClaimsPrincipal user, Guid classId, Guid subjectId, int term, CancellationToken ct = default)
    {
        var (sheet, refusal) = await finder.FindAsync(user, classId, subjectId, term, write: false, ct);
        if (sheet is null)
        {
            return (null, refusal);
        }
        var roster = await rosters.ForClassAsync(classId, ct);
        var ids = roster.Select(r => r.StudentId).ToList();
        var marks = (await db.Set<MarkRow>()
            .Where(r => ids.Contains(r.StudentId) && r.SubjectId == subjectId && r.SchoolYearId == sheet.Year.Id).MarksAsync(ct))
            .ToLookup(m => m.StudentId);
        var exempt = await results.ExemptionsAsync(sheet.Year.Id, subjectId, ids, ct);
        var grading = await settings.ForSchoolAsync(sheet.Class.SchoolId, ct);
        var locked = await gate.LockedReasonAsync(sheet.Year.Id, classId, subjectId, sheet.Period, ct);
        var row = await SheetRows.Of(db, sheet).AsNoTracking().SingleOrDefaultAsync(ct);
        var canWrite = sheet.CanWrite && locked is null;
        var rows = new List<SheetRowView>();
        foreach (var entry in roster)
        {
            var own = marks[entry.StudentId].ToList();
            var outcome = SubjectResultsWriter.Compute(sheet.Rules, own, exempt.GetValueOrDefault(entry.StudentId, new HashSet<GradingPeriod>()), grading).For(sheet.Period);
            var cells = new Dictionary<string, CellState>();
            foreach (var column in sheet.Columns)
            {
                var mark = own.FirstOrDefault(m => m.Term == term && m.Column == column.Column);
                cells[column.Key] = new(entry.StudentId, column.Key, CellText.Format(column, mark), column.TakesNote ? mark?.Note ?? MarkNote.None : MarkNote.None,
                    mark?.Version ?? 0, mark?.UpdatedAt, mark is null ? null : await names.OfAsync(mark.UpdatedBy, ct));
            }
            var left = entry.To is not null;
            rows.Add(new(entry.StudentId, entry.StudentCode, entry.FullName, left, canWrite && !left, cells, SaveMarks.TermResult(entry.StudentId, outcome)));
        }
        var why = !sheet.CanWrite ? $"Chỉ xem. {sheet.NotAssigned}" : locked;
        return (new SheetView(classId, sheet.Class.Name, sheet.Class.Grade, subjectId, sheet.Subject.Name, term, sheet.Year.Name, sheet.Rules.RuleSet.ToString().ToUpperInvariant(),
            sheet.Rules.Kind, [.. sheet.Columns.Select(c => new SheetColumnView(c.Key, c.Heading, c.Title, c.Kind))], rows, canWrite, why,
            row?.ReopenedBy is not null, row?.CompletedAt, rows.Count(r => !r.Left && !r.Result.Complete)), null);
    }
}

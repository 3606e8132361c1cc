using System.Globalization;
using System.Security.Claims;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Gradebook.EnterMarks;
using TruongSo.Web.Modules.Gradebook.ExportMarks;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.ImportMarks;

/// <summary>What an import did: <see cref="Written"/> is false when nothing was saved (the errors say why).</summary>
public sealed record MarksImportReport(int RowsRead, int Changed, int Saved, IReadOnlyList<ImportProblem> Errors, IReadOnlyList<CellConflict> Conflicts, bool Written);

/// <summary>
/// A teacher's sổ điểm page back from Excel (the layout of the export). Every row and cell is
/// checked first — the student by Mã học sinh against the class list, each value as the grid checks
/// it — and any error refuses the whole file. Then the cells that differ from the stored ones go
/// through the grid's own save (SaveMarks): the same locks, audit entry and subject results. A
/// file from our export carries each cell's version (MarkVersions), so a stale file never
/// overwrites a newer mark.
/// An empty cell keeps the stored mark: an import never erases (clear a cell in the grid).
/// </summary>
public sealed class ImportMarks(SheetFinder finder, SaveMarks save, ISpreadsheetReader reader, IClassRosters rosters, AppDbContext db)
{
    public async Task<(MarksImportReport? Report, Refusal? Refusal)> HandleAsync(ClaimsPrincipal user, Guid classId, Guid subjectId, int term,
        Stream file, string? reason, CancellationToken ct = default)
    {
        var (sheet, refusal) = await finder.FindAsync(user, classId, subjectId, term, write: true, ct);
        if (sheet is null)
        {
            return (null, refusal);
        }
        if (!file.CanSeek)
        {
            var copy = new MemoryStream();
            await file.CopyToAsync(copy, ct);
            copy.Position = 0;
            file = copy;
        }
        var read = reader.Read(file, MarkSheetLayout.SheetName);
        file.Position = 0;
        var exported = MarkVersions.Read(reader.Read(file, MarkVersions.SheetName));
        if (read.Error is { } error)
        {
            return (Refused(0, [new(0, null, error)]), null);
        }
        var layout = new MarkSheetLayout(sheet);
        var (header, errors) = MarkFileHeader.Find(read.Rows, layout);
        if (header is null)
        {
            return (Refused(0, errors), null);
        }
        var roster = (await rosters.ForClassAsync(classId, ct)).Where(r => r.StaysToYearEnd(sheet.Year)).GroupBy(r => r.StudentCode).ToDictionary(g => g.Key, g => g.First());
        var ids = roster.Values.Select(r => r.StudentId).ToList();
        var stored = (await db.Set<MarkRow>()
            .Where(r => r.SchoolYearId == sheet.Year.Id && r.SubjectId == subjectId && r.Term == term && ids.Contains(r.StudentId)).MarksAsync(ct))
            .ToDictionary(m => (m.StudentId, m.Column));
        var rows = read.Rows.Where(r => r.Number > header.Row.Number).ToList();
        var changes = new List<CellChange>();
        var seen = new Dictionary<string, int>();
        var rowsRead = 0;
        foreach (var row in rows)
        {
            var code = header.CodeColumn < 0 ? "" : Text(row[header.CodeColumn]);
            var filled = header.Marks.Where(m => Text(row[m.Key]).Length > 0).ToList();
            if (code.Length == 0 && filled.Count == 0)
            {
                continue; // the legend under the table, or a blank line
            }
            rowsRead++;
            if (!roster.TryGetValue(code, out var student))
            {
                errors.Add(new(row.Number, MarkSheetLayout.Code, code.Length == 0
                    ? $"Dòng {row.Number}, cột {MarkSheetLayout.Code}: thiếu mã học sinh."
                    : $"Dòng {row.Number}, cột {MarkSheetLayout.Code}: học sinh mã {code} không có trong danh sách lớp {sheet.Class.Name}."));
                continue;
            }
            if (seen.TryGetValue(code, out var first))
            {
                errors.Add(new(row.Number, MarkSheetLayout.Code, $"Dòng {row.Number}, cột {MarkSheetLayout.Code}: học sinh mã {code} đã có ở dòng {first}."));
                continue;
            }
            seen[code] = row.Number;
            foreach (var (index, (name, column)) in filled)
            {
                var (value, note) = CellText.SplitNote(Number(Text(row[index])));
                if (!CellText.TryParse(column.Kind, value, out var parsed, out var problem) || parsed.IsEmpty || (note != MarkNote.None && !column.TakesNote))
                {
                    problem ??= parsed.IsEmpty ? "ghi “(bù)” hoặc “(vắng)” kèm theo một điểm." : "cột này không ghi kiểm tra bù hay vắng.";
                    errors.Add(new(row.Number, name, $"Dòng {row.Number}, cột {name}: {LowerFirst(problem)}"));
                    continue;
                }
                var mark = stored.GetValueOrDefault((student.StudentId, column.Column));
                var candidate = new Mark { Tenths = parsed.Tenths, Level = parsed.Level };
                if (CellText.Format(column, mark) == CellText.Format(column, candidate) && (!column.TakesNote || (mark?.Note ?? MarkNote.None) == note))
                {
                    continue;
                }
                var before = exported?.GetValueOrDefault((code, column.Key));
                if (before is not null && before.Shown == CellText.Display(CellText.Format(column, candidate), column.TakesNote ? note : MarkNote.None))
                {
                    continue; // left as exported: a mark entered in the grid since then stands
                }
                // Saved against the exported version: a mark someone changed since the export is a conflict, not overwritten.
                changes.Add(new CellChange(student.StudentId, column.Key, value, column.TakesNote ? note : null, before?.Version ?? (exported is null ? mark?.Version ?? 0 : 0)));
            }
        }
        if (errors.Count > 0 || changes.Count == 0)
        {
            return (new(rowsRead, changes.Count, 0, errors, [], errors.Count == 0), null);
        }
        var (result, refused) = await save.HandleAsync(user, classId, subjectId, term, new SaveMarksRequest(changes, reason), ct);
        if (result is null)
        {
            return refused!.Errors is { } invalid
                ? (Refused(rowsRead, [.. invalid.SelectMany(e => e.Value).Select(m => new ImportProblem(0, null, m))]), null)
                : (null, refused);
        }
        return (new(rowsRead, changes.Count, result.Saved, [], result.Conflicts, true), null);
    }

    private static MarksImportReport Refused(int rows, IReadOnlyList<ImportProblem> errors) => new(rows, 0, 0, errors, [], false);

    private static string Text(string cell) => cell.Trim();

    /// <summary>Excel may store a typed 7.3 as 7.2999999999999998: a number that long is read back to the tenth it meant.</summary>
    private static string Number(string text) =>
        text.Length > 12 && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && Math.Round(d, 6) is var r && r * 10 == decimal.Truncate(r * 10)
            ? r.ToString("0.0", CultureInfo.InvariantCulture)
            : text;

    private static string LowerFirst(string message) => message.Length > 0 && char.IsUpper(message[0]) && (message.Length == 1 || !char.IsUpper(message[1]))
        ? char.ToLower(message[0], CultureInfo.GetCultureInfo("vi-VN")) + message[1..]
        : message;
}

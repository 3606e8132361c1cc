using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.EnterMarks;

/// <summary>One change of one cell, from the audit log: who, when, old, new, why.</summary>
public sealed record CellChangeView(DateTime At, string By, Guid StudentId, string Column, string? OldValue, string? NewValue,
    string OldNote, string NewNote, string? Reason);

/// <summary>
/// The history of a cell (or of a whole page) read back from the audit log: each save is one entry
/// (EntityType gradebook.sheet, EntityId class:subject:term) listing its cells before and after.
/// </summary>
public sealed class MarkHistory(SheetFinder finder, AppDbContext db, StaffNames names)
{
    public async Task<(IReadOnlyList<CellChangeView>? Changes, Refusal? Refusal)> HandleAsync(ClaimsPrincipal user, Guid classId, Guid subjectId, int term,
        Guid? studentId, string? column, CancellationToken ct = default)
    {
        var (sheet, refusal) = await finder.FindAsync(user, classId, subjectId, term, write: false, ct);
        if (sheet is null)
        {
            return (null, refusal);
        }
        var entries = db.Set<AuditEntry>().AsNoTracking().Where(e => e.EntityType == SaveMarks.EntityType && e.EntityId == sheet.EntityId && e.Action == SaveMarks.Action);
        if (studentId is { } sid)
        {
            var text = sid.ToString();
            entries = entries.Where(e => e.After!.Contains(text));
        }
        var changes = new List<CellChangeView>();
        foreach (var e in await entries.OrderByDescending(e => e.Seq).Take(500).ToListAsync(ct))
        {
            var before = AuditedCells.Read(e.Before).ToDictionary(c => (c.StudentId, c.Column));
            var by = await names.FindAsync(e.ActorId, ct) ?? e.ActorName;
            foreach (var now in AuditedCells.Read(e.After))
            {
                var old = before.GetValueOrDefault((now.StudentId, now.Column));
                if ((studentId is null || now.StudentId == studentId) && (column is null || string.Equals(now.Column, column, StringComparison.OrdinalIgnoreCase)))
                {
                    changes.Add(new(e.At, by, now.StudentId, now.Column, old?.Value, now.Value, (old?.Note ?? default).ToString(), now.Note.ToString(), e.Reason));
                }
            }
        }
        return (changes, null);
    }
}

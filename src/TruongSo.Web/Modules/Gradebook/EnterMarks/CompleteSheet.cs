using System.Security.Claims;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Gradebook.Evaluation;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Auth;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.EnterMarks;

public sealed record SheetCompleted(DateTime CompletedAt, int Students);

/// <summary>
/// The teacher marks a page complete, the first step before the principal locks the term. Refused
/// while any student still in the class is "chưa đủ điểm" and not exempt, naming who lacks what.
/// A page reopened after the lock closes again here.
/// </summary>
public sealed class CompleteSheet(SheetFinder finder, SheetGate gate, IClassRosters rosters, AppDbContext db, SubjectResultsWriter results,
    GradingSettingsStore settings, AuditLog audit, ICurrentActor actor, TimeProvider clock)
{
    public async Task<(SheetCompleted? Result, Refusal? Refusal)> HandleAsync(ClaimsPrincipal user, Guid classId, Guid subjectId, int term, CancellationToken ct = default)
    {
        var (sheet, refusal) = await finder.FindAsync(user, classId, subjectId, term, write: true, ct);
        if (sheet is null)
        {
            return (null, refusal);
        }
        if (await gate.LockedReasonAsync(sheet.Year.Id, classId, subjectId, sheet.Period, ct) is { } locked)
        {
            return (null, Refusal.Conflict(locked));
        }
        var roster = (await rosters.ForClassAsync(classId, ct)).Where(r => r.StaysToYearEnd(sheet.Year)).ToList();
        var ids = roster.Select(r => r.StudentId).ToList();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var row = await SheetRows.LockAsync(db, sheet, ct);
        var marks = await db.Set<MarkRow>()
            .Where(r => ids.Contains(r.StudentId) && r.SubjectId == subjectId && r.SchoolYearId == sheet.Year.Id).MarksAsync(ct);
        // The recorded results are brought up to date too, so that what is complete is what is stored.
        var outcomes = await results.WriteAsync(sheet.Class, subjectId, sheet.Rules, await settings.ForSchoolAsync(sheet.Class.SchoolId, ct), ids, marks, ct);
        var missing = roster.Select(r => (r.FullName, Outcome: outcomes[r.StudentId].For(sheet.Period))).Where(x => !x.Outcome.Complete).ToList();
        if (missing.Count > 0)
        {
            return (null, Refusal.Conflict($"Chưa thể đánh dấu hoàn thành: {missing.Count} học sinh chưa đủ điểm — "
                + string.Join("; ", missing.Select(x => $"{x.FullName} (thiếu {x.Outcome.Missing})")) + "."));
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var reopened = row.ReopenedBy is not null;
        (row.CompletedAt, row.CompletedBy, row.ReopenedBy) = (now, actor.UserId, null);
        audit.Record(new("gradebook.sheet.complete", SaveMarks.EntityType, sheet.EntityId, new { reopened }, new { completedAt = now, students = roster.Count },
            null, sheet.Class.SchoolId));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (new SheetCompleted(now, roster.Count), null);
    }
}

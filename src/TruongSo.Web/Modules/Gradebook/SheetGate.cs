using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook;

/// <summary>
/// Whether a page of the sổ điểm may change now. Until the principal locks the term anyone with
/// the right writes; after it, only a sheet reopened by an approved unlock request does, until its
/// teacher marks it complete again (grading workflow: complete → lock → unlock on request).
/// </summary>
public sealed class SheetGate(AppDbContext db)
{
    public const string LockedMessage =
        "Sổ điểm học kì này đã khoá. Muốn sửa, hãy gửi đề nghị mở khoá kèm lí do để hiệu trưởng duyệt.";

    /// <summary>Null when the sheet may change; else the Vietnamese reason it may not.</summary>
    public async Task<string?> LockedReasonAsync(Guid schoolYearId, Guid classId, Guid? subjectId, GradingPeriod period, CancellationToken ct = default) =>
        (await CheckAsync(schoolYearId, classId, subjectId, period, ct)).Locked;

    /// <summary>
    /// As <see cref="LockedReasonAsync"/>, and whether the term is locked at all: a sheet reopened on
    /// request passes the gate, but its corrections need a reason (TT22 Điều 19). One query when unlocked.
    /// </summary>
    public async Task<(string? Locked, bool TermLocked)> CheckAsync(Guid schoolYearId, Guid classId, Guid? subjectId, GradingPeriod period, CancellationToken ct = default)
    {
        var locked = await db.Set<TermLock>().AnyAsync(l => l.SchoolYearId == schoolYearId && l.Period == period, ct);
        if (!locked)
        {
            return (null, false);
        }
        var reopened = await db.Set<Sheet>().AnyAsync(s => s.ClassId == classId && s.SubjectId == subjectId
            && s.Period == period && s.ReopenedBy != null, ct);
        return (Reason(termLocked: true, reopened), true);
    }

    /// <summary>The rule itself, for a caller that read the lock and the reopening in its own statement (a save of marks).</summary>
    public static string? Reason(bool termLocked, bool reopened) => termLocked && !reopened ? LockedMessage : null;

    /// <summary>The periods of a year the principal has locked.</summary>
    public async Task<IReadOnlySet<GradingPeriod>> LockedPeriodsAsync(Guid schoolYearId, CancellationToken ct = default) =>
        (await db.Set<TermLock>().Where(l => l.SchoolYearId == schoolYearId).Select(l => l.Period).ToListAsync(ct)).ToHashSet();
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Gradebook.Evaluation;
using TruongSo.Web.Modules.Gradebook.HomeroomResults;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.LockTerms;

/// <param name="Confirm">Lock although some sheets are not complete (the principal has seen the list).</param>
public sealed record LockRequest(Guid SchoolYearId, string Period, bool Confirm = false);

public sealed record UnlockPeriodRequest(Guid SchoolYearId, string Period, string? Reason);

public sealed record PeriodLockState(Guid SchoolYearId, string Period, bool Locked);

/// <summary>
/// The principal locks a term (or the year) for the whole school: after it no mark or result
/// changes without an approved unlock request. Refused while sheets are incomplete unless
/// confirmed; unlocking the whole period needs a reason. Both audited.
/// </summary>
public sealed class LockPeriod(ISchoolStructure structure, PrincipalGate principal, SheetStates states, AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<GradebookOutcome<PeriodLockState>> LockAsync(ClaimsPrincipal user, LockRequest request, CancellationToken ct = default)
    {
        var (year, period, refused) = await FindAsync(user, request.SchoolYearId, request.Period, ct);
        if (refused is not null || year is null)
        {
            return refused!;
        }
        if (await db.Set<TermLock>().AnyAsync(l => l.SchoolYearId == year.Id && l.Period == period, ct))
        {
            return GradebookRefusal.Conflict($"{ResultCodes.Vi(period)} năm học {year.Name} đã khoá.");
        }
        var sheets = (await states.ForYearAsync(year, ct)).Single(p => p.Period == ResultCodes.Of(period));
        var incomplete = sheets.Sheets.Where(s => s.State != SheetState.Complete).ToList();
        if (incomplete.Count > 0 && !request.Confirm)
        {
            return GradebookRefusal.Conflict($"Còn {incomplete.Count} sổ chưa hoàn thành. Hãy đôn đốc giáo viên, hoặc xác nhận khoá sổ dù chưa hoàn thành.",
                [.. incomplete.Select(s => $"{s.ClassName} · {s.SubjectName}: {(s.State == SheetState.Empty ? "chưa nhập" : "đang nhập")}")]);
        }
        var userId = HomeroomGate.UserId(user) ?? Guid.Empty;
        db.Add(new TermLock { SchoolId = year.SchoolId, SchoolYearId = year.Id, Period = period, LockedAt = clock.GetUtcNow().UtcDateTime, LockedBy = userId });
        audit.Record(new AuditChange("gradebook.lock", "gradebook.term", $"{year.Id}:{ResultCodes.Of(period)}", null,
            new { locked = true, incomplete = incomplete.Count }, incomplete.Count > 0 ? "Khoá sổ dù còn sổ chưa hoàn thành (đã xác nhận)." : null, year.SchoolId));
        await db.SaveChangesAsync(ct);
        return new PeriodLockState(year.Id, ResultCodes.Of(period), true);
    }

    public async Task<GradebookOutcome<PeriodLockState>> UnlockAsync(ClaimsPrincipal user, UnlockPeriodRequest request, CancellationToken ct = default)
    {
        var (year, period, refused) = await FindAsync(user, request.SchoolYearId, request.Period, ct);
        if (refused is not null || year is null)
        {
            return refused!;
        }
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Trim().Length > 1000)
        {
            return GradebookRefusal.Invalid("reason", "Hãy ghi lí do mở khoá cả kì (tối đa 1000 kí tự).");
        }
        var locked = await db.Set<TermLock>().SingleOrDefaultAsync(l => l.SchoolYearId == year.Id && l.Period == period, ct);
        if (locked is null)
        {
            return GradebookRefusal.Conflict($"{ResultCodes.Vi(period)} năm học {year.Name} chưa khoá.");
        }
        db.Remove(locked);
        audit.Record(new AuditChange("gradebook.unlock", "gradebook.term", $"{year.Id}:{ResultCodes.Of(period)}", new { locked = true, locked.LockedAt },
            new { locked = false }, request.Reason.Trim(), year.SchoolId));
        await db.SaveChangesAsync(ct);
        return new PeriodLockState(year.Id, ResultCodes.Of(period), false);
    }

    private async Task<(SchoolYearRef? Year, GradingPeriod Period, GradebookRefusal? Refused)> FindAsync(ClaimsPrincipal user, Guid yearId, string? periodText, CancellationToken ct)
    {
        if (await structure.YearAsync(yearId, ct) is not { } year)
        {
            return (null, default, GradebookRefusal.NotFound("năm học này"));
        }
        if (await principal.RefusalAsync(user, year.SchoolId, "năm học này", ct) is { } refused)
        {
            return (null, default, refused);
        }
        return ResultCodes.Period(periodText) is { } period ? (year, period, null)
            : (null, default, GradebookRefusal.Invalid("period", "Kì phải là hk1, hk2 hoặc year."));
    }
}

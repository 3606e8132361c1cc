using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Gradebook.Evaluation;
using TruongSo.Web.Modules.Gradebook.HomeroomResults;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.LockTerms;

/// <param name="SubjectId">Null for the homeroom sheet (the GVCN's conduct and results).</param>
public sealed record UnlockRequestInput(Guid ClassId, Guid? SubjectId, string? Period, string? Reason);

public sealed record UnlockRequestDto(Guid Id, Guid ClassId, string ClassName, Guid? SubjectId, string SubjectName, string Period,
    string Reason, string RequestedByName, DateTime RequestedAt, string Status, string? DecisionNote, DateTime? DecidedAt);

/// <summary>
/// After the lock, the teacher of a sheet (or the GVCN for the homeroom sheet) asks, with a reason,
/// to change it; the principal decides (<see cref="DecideUnlock"/>). One pending request per sheet.
/// </summary>
public sealed class RequestUnlock(GradebookAccess access, SheetGate gate, AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<GradebookOutcome<UnlockRequestDto>> HandleAsync(ClaimsPrincipal user, UnlockRequestInput input, CancellationToken ct = default)
    {
        if (await access.ForClassAsync(user, input.ClassId, ct) is not { } book)
        {
            return GradebookRefusal.NotFound(HomeroomGate.ClassNotFound);
        }
        var period = ResultCodes.Period(input.Period);
        if (period is null || (input.SubjectId is not null && period == GradingPeriod.Year))
        {
            return GradebookRefusal.Invalid("period", input.SubjectId is null ? "Kì phải là hk1, hk2 hoặc year." : "Sổ điểm môn học mở theo học kì: hk1 hoặc hk2.");
        }
        var mayChange = input.SubjectId is { } subject ? book.CanWrite(subject, (int)period) : book.IsHomeroom;
        if (!mayChange)
        {
            return GradebookRefusal.Forbidden("Chỉ giáo viên phụ trách sổ này mới gửi đề nghị mở khoá.");
        }
        if (string.IsNullOrWhiteSpace(input.Reason) || input.Reason.Trim().Length > 1000)
        {
            return GradebookRefusal.Invalid("reason", "Hãy ghi lí do cần sửa sổ đã khoá (tối đa 1000 kí tự).");
        }
        if (await gate.LockedReasonAsync(book.Year.Id, input.ClassId, input.SubjectId, period.Value, ct) is null)
        {
            return GradebookRefusal.Conflict("Sổ này đang mở: có thể sửa trực tiếp, không cần đề nghị mở khoá.");
        }
        var sheet = await db.Set<Sheet>().SingleOrDefaultAsync(s => s.ClassId == input.ClassId && s.SubjectId == input.SubjectId && s.Period == period, ct);
        if (sheet is null)
        {
            sheet = new Sheet { SchoolId = book.Class.SchoolId, SchoolYearId = book.Year.Id, ClassId = input.ClassId, SubjectId = input.SubjectId, Period = period.Value };
            db.Add(sheet);
        }
        else if (await db.Set<UnlockRequest>().AnyAsync(r => r.SheetId == sheet.Id && r.Status == UnlockStatus.Pending, ct))
        {
            return GradebookRefusal.Conflict("Sổ này đã có một đề nghị mở khoá đang chờ hiệu trưởng duyệt.");
        }
        var request = new UnlockRequest
        {
            SchoolId = book.Class.SchoolId, SheetId = sheet.Id, Reason = input.Reason.Trim(), RequestedBy = HomeroomGate.UserId(user) ?? Guid.Empty,
            RequestedByName = user.FindFirstValue("full_name") ?? user.Identity?.Name ?? "", RequestedAt = clock.GetUtcNow().UtcDateTime,
            Status = UnlockStatus.Pending,
        };
        db.Add(request);
        audit.Record(new AuditChange("gradebook.unlock-request", "gradebook.sheet", SheetKey(sheet), null, new { request.Id, Status = "Pending" }, request.Reason, book.Class.SchoolId));
        await db.SaveChangesAsync(ct);
        return UnlockRequests.Dto(request, sheet, book.Class.Name, null);
    }

    /// <summary>As the marks' audit entries name a sheet: "{classId}:{subjectId}:{term}"; the homeroom sheet "{classId}:homeroom:{period}".</summary>
    public static string SheetKey(Sheet sheet) =>
        $"{sheet.ClassId}:{(sheet.SubjectId is { } s ? s.ToString() : "homeroom")}:{(sheet.SubjectId is null ? ResultCodes.Of(sheet.Period) : ((int)sheet.Period).ToString(System.Globalization.CultureInfo.InvariantCulture))}";
}

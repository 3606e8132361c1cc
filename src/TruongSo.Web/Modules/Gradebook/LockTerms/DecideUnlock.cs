using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Gradebook.HomeroomResults;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.LockTerms;

public sealed record UnlockDecision(bool Approve, string? Note);

/// <summary>
/// The principal approves or rejects an unlock request. Approval reopens that one sheet
/// (Sheet.ReopenedBy), so SheetGate lets it change until its teacher marks it complete again.
/// </summary>
public sealed class DecideUnlock(PrincipalGate principal, ISchoolStructure structure, AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<GradebookOutcome<UnlockRequestDto>> HandleAsync(ClaimsPrincipal user, Guid requestId, UnlockDecision decision, CancellationToken ct = default)
    {
        var request = await db.Set<UnlockRequest>().SingleOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
        {
            return GradebookRefusal.NotFound("đề nghị mở khoá này");
        }
        if (await principal.RefusalAsync(user, request.SchoolId, "đề nghị mở khoá này", ct) is { } refused)
        {
            return refused;
        }
        if (decision.Note?.Trim().Length > 1000)
        {
            return GradebookRefusal.Invalid("note", "Ghi chú dài tối đa 1000 kí tự.");
        }
        if (request.Status != UnlockStatus.Pending)
        {
            return GradebookRefusal.Conflict("Đề nghị này đã được xử lí.");
        }
        var sheet = await db.Set<Sheet>().SingleAsync(s => s.Id == request.SheetId, ct);
        var me = HomeroomGate.UserId(user) ?? Guid.Empty;
        (request.Status, request.DecidedBy, request.DecidedAt, request.DecisionNote) =
            (decision.Approve ? UnlockStatus.Approved : UnlockStatus.Rejected, me, clock.GetUtcNow().UtcDateTime, string.IsNullOrWhiteSpace(decision.Note) ? null : decision.Note.Trim());
        if (decision.Approve)
        {
            (sheet.ReopenedBy, sheet.CompletedAt, sheet.CompletedBy) = (me, null, null);
            sheet.Version++;
        }
        audit.Record(new AuditChange(decision.Approve ? "gradebook.unlock-approve" : "gradebook.unlock-reject", "gradebook.sheet", RequestUnlock.SheetKey(sheet),
            new { request.Id, Status = "Pending" }, new { request.Id, Status = request.Status.ToString(), Reopened = decision.Approve }, request.DecisionNote ?? request.Reason, request.SchoolId));
        await db.SaveChangesAsync(ct);
        var className = (await structure.ClassAsync(sheet.ClassId, ct))?.Name ?? "?";
        var subjectName = sheet.SubjectId is { } id ? (await structure.SubjectAsync(id, ct))?.Name : null;
        return UnlockRequests.Dto(request, sheet, className, subjectName);
    }
}

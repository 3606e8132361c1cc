using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Attendance.Data;
using TruongSo.Web.Modules.Attendance.Totals;
using TruongSo.Web.Modules.ContactBook.Contracts;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Attendance.AbsenceRequests;

public sealed record DecisionBody(string? Note);

/// <summary>
/// The GVCN (or attendance.manage) approves or rejects an absence request. Approval marks every
/// school day of the span (Monday to Saturday) and session asked for as "có phép", replacing a
/// "không phép" or "muộn" already taken; the change is audited and the parent told, in one transaction.
/// </summary>
public sealed class DecideAbsence(AppDbContext db, AttendanceAccess access, ClassPeople people, INotifications notifications, AuditLog audit,
    ThresholdAlerts alerts, TimeProvider clock)
{
    public async Task<AttendanceOutcome<AbsenceRequestView>> HandleAsync(ClaimsPrincipal user, Guid requestId, bool approve, string? note, CancellationToken ct = default)
    {
        var request = await db.Set<AbsenceRequest>().SingleOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null || await access.ForClassAsync(user, request.ClassId, ct) is not { Reads: true } cls)
        {
            return AttendanceRefusal.NotFound("đơn xin nghỉ này");
        }
        if (!cls.Decides)
        {
            return AttendanceRefusal.Forbidden("Chỉ giáo viên chủ nhiệm của lớp (hoặc ban giám hiệu) được duyệt đơn xin nghỉ.");
        }
        if (request.State != RequestState.Pending)
        {
            return AttendanceRefusal.Conflict("Đơn xin nghỉ này đã được xử lý.");
        }
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note is { Length: > 500 })
        {
            return AttendanceRefusal.Invalid("note", "Ghi chú không được dài quá 500 ký tự.");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        (request.State, request.DecidedBy, request.DecidedAt, request.DecisionNote) = (approve ? RequestState.Approved : RequestState.Rejected, AttendanceAccess.UserId(user), now, note);
        request.Version++;
        var changed = approve ? await MarkExcusedAsync(request, now, ct) : [];
        audit.Record(new AuditChange(approve ? "attendance.absence-approve" : "attendance.absence-reject", "AbsenceRequest", request.Id.ToString(),
            changed.Count == 0 ? null : changed.ToDictionary(c => c.Key, c => c.Before),
            new { request.StudentId, request.FromDate, request.ToDate, Sessions = request.Sessions().Select(Codes.Of), Marked = changed.Count }, note, request.SchoolId));
        var student = await people.StudentAsync(request.StudentId, cls.Year, ct);
        var verdict = approve ? "đã được duyệt" : "không được duyệt";
        notifications.Enqueue(new Notice(request.RequestedBy, "attendance.absence-decision", $"Đơn xin nghỉ của {student.FullName} {verdict}",
            $"Đơn xin cho {student.FullName} nghỉ {AbsenceRequestView.Span(request)} {verdict}." + (note is null ? "" : $" Ghi chú của giáo viên: {note}"),
            $"absence-request:{request.Id}:decision", $"/gia-dinh/{request.StudentId}/chuyen-can", request.SchoolId));
        await db.SaveChangesAsync(ct);
        if (approve)
        {
            await alerts.CheckAsync(request.SchoolId, cls.Year, [request.StudentId], ct);
        }
        return AbsenceRequestView.Of(request, student.FullName, student.ClassName);
    }

    /// <summary>Each school day and session of the span as "có phép"; returns what each mark was before ("" for none).</summary>
    private async Task<List<(string Key, string Before)>> MarkExcusedAsync(AbsenceRequest request, DateTime now, CancellationToken ct)
    {
        var existing = await db.Set<AttendanceMark>()
            .Where(m => m.StudentId == request.StudentId && m.Period == 0 && m.Date >= request.FromDate && m.Date <= request.ToDate).ToListAsync(ct);
        var changed = new List<(string, string)>();
        for (var day = request.FromDate; day <= request.ToDate; day = day.AddDays(1))
        {
            if (day.DayOfWeek == DayOfWeek.Sunday)
            {
                continue;
            }
            foreach (var session in request.Sessions())
            {
                var mark = existing.FirstOrDefault(m => m.Date == day && m.Session == session);
                if (mark is { Status: MarkStatus.Excused })
                {
                    continue;
                }
                changed.Add(($"{day:yyyy-MM-dd}:{Codes.Of(session)}", mark is null ? "" : Codes.Of(mark.Status)));
                if (mark is null)
                {
                    db.Add(new AttendanceMark
                    {
                        SchoolId = request.SchoolId, ClassId = request.ClassId, StudentId = request.StudentId, Date = day, Session = session,
                        Status = MarkStatus.Excused, AbsenceRequestId = request.Id, UpdatedAt = now,
                    });
                }
                else
                {
                    (mark.Status, mark.AbsenceRequestId, mark.UpdatedAt) = (MarkStatus.Excused, request.Id, now);
                }
            }
        }
        return changed;
    }
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Attendance.Data;
using TruongSo.Web.Modules.ContactBook.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Attendance.AbsenceRequests;

public sealed record AbsenceRequestBody(DateOnly? From, DateOnly? To, IReadOnlyList<string>? Sessions, string? Reason);

/// <summary>
/// A parent asks for their child to be excused (xin nghỉ). Only for a child linked to the account
/// (404 otherwise, as for a child that does not exist); contained against floods: at most
/// <see cref="MaxPending"/> requests waiting per child and <see cref="MaxPerDay"/> sent per child a day.
/// The GVCN is told through the outbox, in the same transaction.
/// </summary>
public sealed class RequestAbsence(AppDbContext db, IFamilyLinks family, ISchoolStructure structure, ClassPeople people,
    INotifications notifications, TimeProvider clock)
{
    public const int MaxPending = 5;
    public const int MaxPerDay = 10;
    public const int MaxDays = 30;

    public async Task<AttendanceOutcome<AbsenceRequestView>> HandleAsync(ClaimsPrincipal user, Guid studentId, AbsenceRequestBody body, CancellationToken ct = default)
    {
        if (await ChildAsync(user, studentId, ct) is not { } child)
        {
            return AttendanceRefusal.NotFound("học sinh này");
        }
        if (child.Relation == "")
        {
            return AttendanceRefusal.Forbidden("Đơn xin nghỉ do cha mẹ hoặc người giám hộ gửi.");
        }
        if (Check(body) is { } invalid)
        {
            return invalid;
        }
        var (from, to) = (body.From!.Value, body.To!.Value);
        if (await structure.CurrentYearAsync(child.SchoolId, ct) is not { } year || await people.PlacementAsync(studentId, year, ct) is not { } placement)
        {
            return AttendanceRefusal.Conflict("Học sinh chưa được xếp lớp trong năm học này nên chưa gửi được đơn xin nghỉ.");
        }
        if (from < year.Term1Start || to > year.Term2End)
        {
            return AttendanceRefusal.Invalid("from", "Ngày xin nghỉ phải nằm trong năm học.");
        }
        var pending = await db.Set<AbsenceRequest>().CountAsync(r => r.StudentId == studentId && r.State == RequestState.Pending, ct);
        if (pending >= MaxPending)
        {
            return AttendanceRefusal.TooMany($"Đã có {pending} đơn xin nghỉ của con đang chờ duyệt. Hãy chờ giáo viên chủ nhiệm duyệt trước khi gửi thêm.");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now.AddDays(-1);
        if (await db.Set<AbsenceRequest>().CountAsync(r => r.StudentId == studentId && r.RequestedAt > since, ct) >= MaxPerDay)
        {
            return AttendanceRefusal.TooMany($"Mỗi ngày chỉ gửi được tối đa {MaxPerDay} đơn xin nghỉ cho một học sinh. Hãy thử lại vào ngày mai.");
        }
        var sessions = body.Sessions!.Select(Codes.Session).ToList();
        var request = new AbsenceRequest
        {
            SchoolId = placement.Class.SchoolId, ClassId = placement.Class.Id, StudentId = studentId, FromDate = from, ToDate = to,
            Morning = sessions.Contains(Session.Morning), Afternoon = sessions.Contains(Session.Afternoon), Reason = body.Reason!.Trim(),
            RequestedBy = AttendanceAccess.UserId(user)!.Value, RequestedAt = now,
        };
        db.Add(request);
        foreach (var gvcn in await people.HomeroomAccountsAsync(placement.Class.Id, ct))
        {
            notifications.Enqueue(new Notice(gvcn, "attendance.absence-request", $"Đơn xin nghỉ của {child.FullName} ({placement.Class.Name})",
                $"Phụ huynh xin cho {child.FullName} nghỉ {AbsenceRequestView.Span(request)}. Lý do: {request.Reason}",
                $"absence-request:{request.Id}:new", $"/diem-danh/lop/{placement.Class.Id}", request.SchoolId));
        }
        await db.SaveChangesAsync(ct);
        return AbsenceRequestView.Of(request, child.FullName, placement.Class.Name);
    }

    private async Task<ChildRef?> ChildAsync(ClaimsPrincipal user, Guid studentId, CancellationToken ct) =>
        AttendanceAccess.UserId(user) is { } userId ? (await family.ChildrenOfAsync(userId, ct)).FirstOrDefault(c => c.StudentId == studentId) : null;

    private static AttendanceRefusal? Check(AbsenceRequestBody body)
    {
        if (body.From is not { } from)
        {
            return AttendanceRefusal.Invalid("from", "Hãy chọn ngày bắt đầu nghỉ.");
        }
        if (body.To is not { } to || to < from)
        {
            return AttendanceRefusal.Invalid("to", "Ngày kết thúc phải từ ngày bắt đầu trở đi.");
        }
        if (to.DayNumber - from.DayNumber >= MaxDays)
        {
            return AttendanceRefusal.Invalid("to", $"Mỗi đơn xin nghỉ tối đa {MaxDays} ngày.");
        }
        if (body.Sessions is not { Count: > 0 } sessions || sessions.Any(s => Codes.Session(s) is null))
        {
            return AttendanceRefusal.Invalid("sessions", "Hãy chọn buổi nghỉ: \"sang\", \"chieu\" hoặc cả hai.");
        }
        return string.IsNullOrWhiteSpace(body.Reason) ? AttendanceRefusal.Invalid("reason", "Hãy ghi lý do xin nghỉ.")
            : body.Reason.Trim().Length > 500 ? AttendanceRefusal.Invalid("reason", "Lý do xin nghỉ không được dài quá 500 ký tự.")
            : null;
    }
}

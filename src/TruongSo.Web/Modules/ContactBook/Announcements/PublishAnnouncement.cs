using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.ContactBook.Contracts;
using TruongSo.Web.Modules.ContactBook.Reach;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.ContactBook.Announcements;

/// <param name="Audience">"class" (with ClassId), "grade" (with SchoolId and Grade) or "school" (with SchoolId).</param>
public sealed record PublishRequest(string Audience, Guid? ClassId, Guid? SchoolId, int? Grade, string? Title, string? Body);

public sealed record PublishedAnnouncement(Guid Id, string AudienceName, int RecipientCount);

/// <summary>
/// Sends a thông báo: the GVCN to their class, contactbook.announce holders (principal, văn thư)
/// to any class, a grade or the school. The audience is fixed now: the accounts of the guardians
/// and of the students sitting in the target classes. Each is told through the outbox in the same
/// SaveChanges as the announcement, so neither exists without the other.
/// </summary>
public sealed class PublishAnnouncement(AppDbContext db, AnnouncementAudience audiences, IAccessPolicy access, ClassTeachers teachers,
    INotifications notices, AuditLog audit, TimeProvider clock, IOptions<ContactBookLimits> limits)
{
    public async Task<Outcome<PublishedAnnouncement>> HandleAsync(ClaimsPrincipal user, PublishRequest request, CancellationToken ct = default)
    {
        if (Users.Id(user) is not { } me)
        {
            return Refusal.Forbidden("Hãy đăng nhập.");
        }
        if (await audiences.ResolveAsync(request, ct) is not { } target)
        {
            return request.Audience is Audiences.Class or Audiences.Grade or Audiences.School
                ? Refusal.NotFound(request.Audience == Audiences.Class ? "lớp này" : "trường này")
                : Refusal.Invalid("audience", "Đối tượng nhận phải là class (một lớp), grade (một khối) hoặc school (toàn trường).");
        }
        if (!await access.CanAsync(user, Permissions.ViewOrganization, target.SchoolId, ct))
        {
            return Refusal.NotFound(request.Audience == Audiences.Class ? "lớp này" : "trường này");
        }
        var mayAnnounce = await access.CanAsync(user, Permissions.Announce, target.SchoolId, ct)
            || (target.Class is { } cls && await teachers.IsHomeroomAsync(me, cls.Id, ct));
        if (!mayAnnounce)
        {
            return Refusal.Forbidden(target.Class is null
                ? "Chỉ ban giám hiệu và văn thư được gửi thông báo cho cả khối hoặc toàn trường."
                : "Chỉ giáo viên chủ nhiệm của lớp, ban giám hiệu và văn thư được gửi thông báo cho lớp này.");
        }
        if (target.Classes.Count == 0)
        {
            return Refusal.Invalid("grade", "Khối này không có lớp nào trong năm học hiện tại.");
        }
        var title = (request.Title ?? "").Trim();
        var body = (request.Body ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (title.Length is 0 or > 200)
        {
            return Refusal.Invalid("title", "Tiêu đề không được để trống và dài tối đa 200 kí tự.");
        }
        if (body.Length is 0 or > 4000)
        {
            return Refusal.Invalid("body", "Nội dung không được để trống và dài tối đa 4000 kí tự.");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var window = limits.Value;
        var since = now.AddMinutes(-window.WindowMinutes);
        if (await db.Set<Announcement>().CountAsync(a => a.SenderUserId == me && a.SentAt > since, ct) >= window.AnnouncementsPerWindow)
        {
            return Refusal.TooMany("body", $"Bạn đã gửi {window.AnnouncementsPerWindow} thông báo trong {window.WindowMinutes} phút vừa qua. Vui lòng đợi ít phút rồi gửi tiếp.");
        }
        var recipients = await audiences.RecipientsAsync(target, ct);
        var announcement = new Announcement
        {
            SchoolId = target.SchoolId, SchoolYearId = target.YearId, Audience = request.Audience, ClassId = target.Class?.Id, Grade = target.Grade,
            AudienceName = target.Name, Title = title, Body = body, SenderUserId = me, SenderName = Users.Name(user), SentAt = now,
            RecipientCount = recipients.Select(r => r.UserId).Distinct().Count(),
        };
        db.Add(announcement);
        db.AddRange(recipients.Select(r => new AnnouncementRecipient
        {
            AnnouncementId = announcement.Id, UserId = r.UserId, StudentId = r.StudentId, RecipientName = r.RecipientName,
            StudentName = r.StudentName, ClassId = r.ClassId, IsStudent = r.IsStudent,
        }));
        foreach (var first in recipients.GroupBy(r => r.UserId).Select(g => g.First()))
        {
            notices.Enqueue(new Notice(first.UserId, "announcement", title, $"{target.Name}: {body}", $"announcement:{announcement.Id:N}:{first.UserId:N}",
                $"/gia-dinh/{first.StudentId}/thong-bao", target.SchoolId));
        }
        audit.Record(new AuditChange("contactbook.announce", "Announcement", announcement.Id.ToString(), null,
            new { announcement.Audience, announcement.AudienceName, announcement.Title, announcement.RecipientCount }, SchoolId: target.SchoolId));
        await db.SaveChangesAsync(ct);
        return new PublishedAnnouncement(announcement.Id, target.Name, announcement.RecipientCount);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TruongSo.Web.Modules.ContactBook.Contracts;
using TruongSo.Web.Modules.ContactBook.Reach;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.ContactBook.Messages;

/// <summary>
/// Adds a message to a thread and tells the other side through the outbox, in the caller's unit
/// of work; refuses an empty or over-long body and a flood (per account, counted in the database).
/// </summary>
public sealed class MessageWriter(AppDbContext db, IFamilyAccounts family, INotifications notices, TimeProvider clock, IOptions<ContactBookLimits> limits)
{
    public const int MaxLength = 4000;

    public async Task<Refusal?> RefuseAsync(Guid author, string? body, CancellationToken ct)
    {
        var text = Clean(body);
        if (text.Length is 0 or > MaxLength)
        {
            return Refusal.Invalid("body", $"Nội dung tin nhắn không được để trống và dài tối đa {MaxLength} kí tự.");
        }
        var window = limits.Value;
        var since = clock.GetUtcNow().UtcDateTime.AddMinutes(-window.WindowMinutes);
        var sent = await db.Set<ThreadMessage>().CountAsync(m => m.AuthorUserId == author && m.SentAt > since, ct);
        return sent >= window.MessagesPerWindow
            ? Refusal.TooMany("body", $"Bạn đã gửi {window.MessagesPerWindow} tin nhắn trong {window.WindowMinutes} phút vừa qua. Để tránh làm phiền, vui lòng đợi ít phút rồi gửi tiếp.")
            : null;
    }

    public async Task<ThreadMessage> AddAsync(MessageThread thread, OpenThread by, string authorName, string body, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var message = new ThreadMessage { ThreadId = thread.Id, AuthorUserId = by.Me, AuthorName = authorName, FromFamily = by.AsFamily, Body = Clean(body), SentAt = now };
        db.Add(message);
        thread.LastMessageAt = now;
        await MarkReadAsync(thread.Id, by.Me, now, ct);
        var recipients = by.AsFamily
            ? [thread.TeacherUserId]
            : (await family.OfStudentsAsync([thread.StudentId], ct)).Where(a => !a.IsStudent).Select(a => a.UserId).Distinct().ToList();
        foreach (var user in recipients.Where(u => u != by.Me))
        {
            var link = by.AsFamily ? $"/lien-lac/tin-nhan/{thread.Id}" : $"/gia-dinh/{thread.StudentId}/tin-nhan/{thread.Id}";
            notices.Enqueue(new Notice(user, "message", $"Tin nhắn mới: {thread.Subject}", $"{authorName} ({thread.StudentName}, lớp {thread.ClassName}): {message.Body}",
                $"message:{message.Id:N}:{user:N}", link, thread.SchoolId));
        }
        return message;
    }

    /// <summary>The reader has seen everything up to now (tracked, saved with the caller's unit of work).</summary>
    public async Task MarkReadAsync(Guid threadId, Guid userId, DateTime at, CancellationToken ct)
    {
        var read = await db.Set<ThreadRead>().FindAsync([threadId, userId], ct);
        if (read is null)
        {
            db.Add(new ThreadRead { ThreadId = threadId, UserId = userId, ReadAt = at });
        }
        else
        {
            read.ReadAt = at;
        }
    }

    private static string Clean(string? body) => (body ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}

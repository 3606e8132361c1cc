using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.ContactBook.Notifications.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.ContactBook.Notifications.Inbox;

public sealed record NotificationView(Guid Id, string Topic, string Subject, string Body, string? Link, DateTime CreatedAt, bool Read);

public sealed record NotificationList(int UnreadCount, int Total, int Page, int PageSize, IReadOnlyList<NotificationView> Items);

/// <summary>A user's own in-app notifications, newest first; nobody reads another's.</summary>
public sealed class MyNotifications(AppDbContext db, TimeProvider time)
{
    public const int PageSize = 30;

    public async Task<NotificationList> ListAsync(Guid userId, int page, CancellationToken ct = default)
    {
        page = Math.Max(1, page);
        var mine = db.Set<Notification>().AsNoTracking().Where(n => n.RecipientUserId == userId);
        var total = await mine.CountAsync(ct);
        var unread = await mine.CountAsync(n => n.ReadAt == null, ct);
        var items = await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(n => new NotificationView(n.Id, n.Topic, n.Subject, n.Body, n.Link, n.CreatedAt, n.ReadAt != null)).ToListAsync(ct);
        return new(unread, total, page, PageSize, items);
    }

    public Task<int> UnreadCountAsync(Guid userId, CancellationToken ct = default) =>
        db.Set<Notification>().CountAsync(n => n.RecipientUserId == userId && n.ReadAt == null, ct);

    /// <summary>Marks one notification (or, without an id, all) read; false when the id is not the user's.</summary>
    public async Task<bool> MarkReadAsync(Guid userId, Guid? id, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var mine = db.Set<Notification>().Where(n => n.RecipientUserId == userId);
        if (id is { } one)
        {
            if (!await mine.AnyAsync(n => n.Id == one, ct))
            {
                return false;
            }
            mine = mine.Where(n => n.Id == one);
        }
        await mine.Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
        return true;
    }
}

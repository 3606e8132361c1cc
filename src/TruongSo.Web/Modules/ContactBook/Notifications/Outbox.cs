using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.ContactBook.Contracts;
using TruongSo.Web.Modules.ContactBook.Notifications.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.ContactBook.Notifications;

/// <summary>
/// INotifications: the notice joins the caller's unit of work and is committed by the caller's
/// SaveChangesAsync, with the change it reports, or rolled back with it. Nothing is sent here.
/// The same dedup key enqueued twice in one unit of work is added once; across units of work the
/// worker drops the second when it delivers (the inbox is unique per recipient and key).
/// </summary>
internal sealed class Outbox(AppDbContext db, TimeProvider time) : INotifications
{
    private readonly Dictionary<(Guid, string), OutboxMessage> pending = [];

    public void Enqueue(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentException.ThrowIfNullOrWhiteSpace(notice.DedupKey);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(notice.DedupKey.Length, 200);
        // Enqueued already in this unit of work and not yet saved (an announcement naming a parent twice).
        if (pending.TryGetValue((notice.RecipientUserId, notice.DedupKey), out var earlier) && db.Entry(earlier).State == EntityState.Added)
        {
            return;
        }
        var now = time.GetUtcNow().UtcDateTime;
        var message = new OutboxMessage
        {
            RecipientUserId = notice.RecipientUserId, Topic = Cut(notice.Topic, 60), Subject = Cut(notice.Subject, 300), Body = Cut(notice.Body, 4000),
            DedupKey = notice.DedupKey, Link = notice.Link is null ? null : Cut(notice.Link, 500), SchoolId = notice.SchoolId,
            EnqueuedAt = now, NextAttemptAt = now, State = OutboxState.Pending,
        };
        db.Add(message);
        pending[(notice.RecipientUserId, notice.DedupKey)] = message;
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}

namespace TruongSo.Web.Modules.ContactBook.Contracts;

/// <summary>
/// Something a user should be told about (an announcement, a message, an absence decision, an
/// attendance alert). <paramref name="DedupKey"/> makes enqueueing idempotent: the same key for the
/// same recipient is delivered once, however often it is enqueued. <paramref name="Link"/> is a
/// path in the app (e.g. "/gia-dinh/{studentId}/thong-bao") that the message points to.
/// </summary>
public sealed record Notice(Guid RecipientUserId, string Topic, string Subject, string Body, string DedupKey, string? Link = null, Guid? SchoolId = null);

/// <summary>
/// The outbox: <see cref="Enqueue"/> adds the notice to the caller's unit of work (the scoped
/// AppDbContext), so it is committed by the caller's SaveChangesAsync together with the change
/// it reports, or not at all. A background worker delivers it on the recipient's channels.
/// </summary>
public interface INotifications
{
    void Enqueue(Notice notice);
}

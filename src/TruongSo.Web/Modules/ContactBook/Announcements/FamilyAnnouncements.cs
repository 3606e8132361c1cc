using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.ContactBook.Reach;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.ContactBook.Announcements;

public sealed record ReceivedAnnouncement(Guid Id, string AudienceName, string Title, string Body, string SenderName, DateTime SentAt, DateTime? ReadAt);

/// <summary>
/// The family's side: the announcements that reached this account through this child, newest
/// first. Reading (the page, or one announcement through the API) records the read receipt, once.
/// </summary>
public sealed class FamilyAnnouncements(AppDbContext db, FamilyReach reach, TimeProvider clock)
{
    public async Task<IReadOnlyList<ReceivedAnnouncement>?> ListAsync(ClaimsPrincipal user, Guid studentId, bool markRead, int take = 50, CancellationToken ct = default)
    {
        if (await reach.ChildAsync(user, studentId, ct) is null || Users.Id(user) is not { } me)
        {
            return null;
        }
        var list = await Received(me, studentId).Take(take).ToListAsync(ct);
        if (markRead)
        {
            await MarkReadAsync(me, [.. list.Where(a => a.ReadAt is null).Select(a => a.Id)], ct);
        }
        return list;
    }

    /// <summary>One announcement, marked read; null when it did not reach this account through this child.</summary>
    public async Task<ReceivedAnnouncement?> ReadAsync(ClaimsPrincipal user, Guid studentId, Guid id, CancellationToken ct = default)
    {
        if (await reach.ChildAsync(user, studentId, ct) is null || Users.Id(user) is not { } me
            || await Received(me, studentId, id).FirstOrDefaultAsync(ct) is not { } found)
        {
            return null;
        }
        await MarkReadAsync(me, [id], ct);
        return found;
    }

    private IQueryable<ReceivedAnnouncement> Received(Guid me, Guid studentId, Guid? only = null) =>
        from r in db.Set<AnnouncementRecipient>().AsNoTracking()
        join a in db.Set<Announcement>() on r.AnnouncementId equals a.Id
        where r.UserId == me && r.StudentId == studentId && (only == null || a.Id == only)
        orderby a.SentAt descending
        select new ReceivedAnnouncement(a.Id, a.AudienceName, a.Title, a.Body, a.SenderName, a.SentAt, r.ReadAt);

    /// <summary>Every copy of the account (one per child in the audience): a family reads an announcement once.</summary>
    private async Task MarkReadAsync(Guid me, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<AnnouncementRecipient>().Where(r => r.UserId == me && ids.Contains(r.AnnouncementId) && r.ReadAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.ReadAt, now), ct);
    }
}

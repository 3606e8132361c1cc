using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.ContactBook.Reach;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.ContactBook.Announcements;

public sealed record SentAnnouncement(Guid Id, Guid SchoolId, string AudienceName, string Title, string Body, string SenderName, DateTime SentAt,
    int ReadCount, int RecipientCount);

public sealed record UnreadRecipient(string RecipientName, string StudentName, bool IsStudent);

public sealed record AnnouncementReceipts(SentAnnouncement Announcement, IReadOnlyList<UnreadRecipient> NotRead);

/// <summary>
/// The sender's side: what was sent and "đã đọc X/Y" (accounts, each counted once), and who has
/// not read it yet. The sender sees their own; contactbook.announce holders see the school's.
/// </summary>
public sealed class SentAnnouncements(AppDbContext db, IAccessPolicy access)
{
    public async Task<IReadOnlyList<SentAnnouncement>> ListAsync(ClaimsPrincipal user, Guid schoolId, int take = 50, CancellationToken ct = default)
    {
        var me = Users.Id(user) ?? Guid.Empty;
        var all = await access.CanAsync(user, Permissions.Announce, schoolId, ct);
        var rows = await db.Set<Announcement>().AsNoTracking().Where(a => a.SchoolId == schoolId && (all || a.SenderUserId == me))
            .OrderByDescending(a => a.SentAt).Take(take).ToListAsync(ct);
        var reads = await ReadCountsAsync([.. rows.Select(a => a.Id)], ct);
        return [.. rows.Select(a => View(a, reads.GetValueOrDefault(a.Id)))];
    }

    /// <summary>Null (404) unless the user sent it or announces for its school.</summary>
    public async Task<AnnouncementReceipts?> ReceiptsAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        var a = await db.Set<Announcement>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (a is null || (a.SenderUserId != Users.Id(user) && !await access.CanAsync(user, Permissions.Announce, a.SchoolId, ct)))
        {
            return null;
        }
        var copies = await db.Set<AnnouncementRecipient>().AsNoTracking().Where(r => r.AnnouncementId == id).ToListAsync(ct);
        var readers = copies.Where(r => r.ReadAt is not null).Select(r => r.UserId).ToHashSet();
        var notRead = copies.Where(r => !readers.Contains(r.UserId)).OrderBy(r => r.StudentName).ThenBy(r => r.IsStudent)
            .Select(r => new UnreadRecipient(r.RecipientName, r.StudentName, r.IsStudent)).ToList();
        return new AnnouncementReceipts(View(a, readers.Count), notRead);
    }

    private async Task<Dictionary<Guid, int>> ReadCountsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        (await db.Set<AnnouncementRecipient>().AsNoTracking().Where(r => ids.Contains(r.AnnouncementId) && r.ReadAt != null)
            .Select(r => new { r.AnnouncementId, r.UserId }).Distinct().ToListAsync(ct))
        .GroupBy(r => r.AnnouncementId).ToDictionary(g => g.Key, g => g.Count());

    private static SentAnnouncement View(Announcement a, int read) =>
        new(a.Id, a.SchoolId, a.AudienceName, a.Title, a.Body, a.SenderName, a.SentAt, read, a.RecipientCount);
}

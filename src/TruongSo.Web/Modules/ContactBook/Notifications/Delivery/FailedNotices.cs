using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.ContactBook.Notifications.Data;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.ContactBook.Notifications.Delivery;

public sealed record FailedNotice(Guid Id, Guid RecipientUserId, string? RecipientName, string Topic, string Subject,
    int Attempts, string? LastError, DateTime EnqueuedAt, DateTime? FinishedAt);

/// <summary>
/// Notices given up on after the last attempt, for those who send them (contactbook.announce)
/// in their schools; the system administrator sees all, including those without a school.
/// </summary>
public sealed class FailedNotices(AppDbContext db, IAccessPolicy access, IOrgDirectory org)
{
    /// <returns>Null when the user sends notices for no school.</returns>
    public async Task<IReadOnlyList<FailedNotice>?> ListAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var scope = await access.ScopeAsync(user, Permissions.Announce, ct);
        if (scope.IsEmpty)
        {
            return null;
        }
        var failed = db.Set<OutboxMessage>().AsNoTracking().Where(o => o.State == OutboxState.Failed);
        if (!scope.Everything)
        {
            var units = org.UnitIdsIn(scope);
            failed = failed.Where(o => o.SchoolId != null && units.Contains(o.SchoolId.Value));
        }
        return await (
            from o in failed
            join u in db.Users on o.RecipientUserId equals u.Id into users
            from u in users.DefaultIfEmpty()
            orderby o.FinishedAt descending
            select new FailedNotice(o.Id, o.RecipientUserId, u == null ? null : u.FullName, o.Topic, o.Subject, o.Attempts, o.LastError, o.EnqueuedAt, o.FinishedAt))
            .Take(200).ToListAsync(ct);
    }
}

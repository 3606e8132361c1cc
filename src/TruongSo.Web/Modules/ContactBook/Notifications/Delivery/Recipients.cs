using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.ContactBook.Notifications.Data;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.ContactBook.Notifications.Delivery;

/// <summary>A recipient's addresses and chosen channels.</summary>
public sealed class Recipients(AppDbContext db, IContactAddresses records)
{
    /// <summary>The guardian or staff record first (the school keeps it current), then the account's own.</summary>
    public async Task<ContactAddress> AddressesAsync(Guid userId, CancellationToken ct = default)
    {
        var recorded = await records.ForUserAsync(userId, ct);
        if (Present(recorded.Email) is not null && Present(recorded.Phone) is not null)
        {
            return recorded;
        }
        var account = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new ContactAddress(u.Email, u.PhoneNumber)).FirstOrDefaultAsync(ct);
        return new(Present(recorded.Email) ?? Present(account?.Email), Present(recorded.Phone) ?? Present(account?.Phone));
    }

    public async Task<NotificationPreference> PreferenceAsync(Guid userId, CancellationToken ct = default) =>
        await db.Set<NotificationPreference>().AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId, ct)
        ?? NotificationPreference.Defaults(userId);

    public static string? AddressFor(INotificationChannel channel, ContactAddress address) =>
        channel.UsesEmail ? Present(address.Email) : Present(address.Phone);

    private static string? Present(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

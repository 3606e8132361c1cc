using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.ContactBook.Notifications.Data;
using TruongSo.Web.Modules.ContactBook.Notifications.Delivery;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.ContactBook.Notifications.Preferences;

/// <summary>A channel as its user sees it: chosen or not, whether the school offers it, and where it would go.</summary>
public sealed record ChannelChoice(string Channel, bool Chosen, bool Offered, string? Address);

public sealed record PreferencesView(bool InApp, IReadOnlyList<ChannelChoice> Channels);

public sealed record PreferencesInput(bool? Email, bool? Sms, bool? Zalo);

/// <summary>
/// Parents and staff choose how they are told, besides the in-app list that is always on. The
/// school pays its SMS or Zalo gateway as it chooses; the product charges nothing per message.
/// </summary>
public sealed class NotificationPreferences(AppDbContext db, Recipients recipients, IEnumerable<INotificationChannel> channels, TimeProvider time)
{
    public async Task<PreferencesView> GetAsync(Guid userId, CancellationToken ct = default)
    {
        var chosen = await recipients.PreferenceAsync(userId, ct);
        var address = await recipients.AddressesAsync(userId, ct);
        return new(true, [.. Channels.Outside.Select(name => channels.FirstOrDefault(c => c.Name == name) is { } c
            ? new ChannelChoice(name, chosen.Wants(name), c.IsConfigured, Recipients.AddressFor(c, address))
            : new ChannelChoice(name, chosen.Wants(name), false, null))]);
    }

    /// <returns>The saved choice, or Vietnamese messages keyed by field.</returns>
    public async Task<(PreferencesView? Saved, Dictionary<string, string[]> Errors)> SaveAsync(Guid userId, PreferencesInput input, CancellationToken ct = default)
    {
        var current = await GetAsync(userId, ct);
        var wanted = new Dictionary<string, bool>
        {
            [Channels.Email] = input.Email ?? Chosen(current, Channels.Email),
            [Channels.Sms] = input.Sms ?? Chosen(current, Channels.Sms),
            [Channels.Zalo] = input.Zalo ?? Chosen(current, Channels.Zalo),
        };
        var errors = new Dictionary<string, string[]>();
        foreach (var c in current.Channels.Where(c => wanted[c.Channel] && !Chosen(current, c.Channel)))
        {
            if (!c.Offered)
            {
                errors[c.Channel] = [$"Nhà trường chưa mở kênh {Label(c.Channel)}."];
            }
            else if (c.Address is null)
            {
                errors[c.Channel] = [c.Channel == Channels.Email
                    ? "Hồ sơ của bạn chưa có địa chỉ email; hãy nhờ nhà trường cập nhật."
                    : "Hồ sơ của bạn chưa có số điện thoại; hãy nhờ nhà trường cập nhật."];
            }
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        var row = await db.Set<NotificationPreference>().FirstOrDefaultAsync(p => p.UserId == userId, ct);
        if (row is null)
        {
            row = new NotificationPreference { UserId = userId };
            db.Add(row);
        }
        (row.Email, row.Sms, row.Zalo, row.UpdatedAt) = (wanted[Channels.Email], wanted[Channels.Sms], wanted[Channels.Zalo], time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(userId, ct), errors);
    }

    public static string Label(string channel) => channel switch
    {
        Channels.Email => "email",
        Channels.Sms => "tin nhắn SMS",
        Channels.Zalo => "Zalo",
        _ => channel,
    };

    private static bool Chosen(PreferencesView view, string channel) => view.Channels.First(c => c.Channel == channel).Chosen;
}

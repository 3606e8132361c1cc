using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TruongSo.Web.Modules.ContactBook.Notifications.Data;

/// <summary>
/// The channels a user chose besides the in-app list (always on). Without a row the defaults
/// apply: email on, text messages off (<see cref="Defaults"/>).
/// </summary>
public sealed class NotificationPreference
{
    public Guid UserId { get; set; }
    public bool Email { get; set; }
    public bool Sms { get; set; }
    public bool Zalo { get; set; }
    public DateTime UpdatedAt { get; set; }

    public static NotificationPreference Defaults(Guid userId) => new() { UserId = userId, Email = true };

    public bool Wants(string channel) => channel switch
    {
        Channels.Email => Email,
        Channels.Sms => Sms,
        Channels.Zalo => Zalo,
        _ => false,
    };
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> b)
    {
        b.ToTable("contactbook_notification_preferences");
        b.HasKey(p => p.UserId);
    }
}

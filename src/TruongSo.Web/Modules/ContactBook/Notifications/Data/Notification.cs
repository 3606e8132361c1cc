using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TruongSo.Web.Modules.ContactBook.Notifications.Data;

/// <summary>
/// A notice as the recipient sees it in the app: one per (recipient, dedup key), whatever the
/// number of enqueues, so the list never shows a duplicate. Its id is the first outbox message's.
/// </summary>
public sealed class Notification
{
    public Guid Id { get; set; }
    public Guid RecipientUserId { get; set; }
    public string DedupKey { get; set; } = "";
    public string Topic { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public string? Link { get; set; }
    public Guid? SchoolId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
}

/// <summary>
/// One channel's delivery of a notification (email, sms, zalo). Recorded per channel so that a
/// retry after a partial failure resends only to the channels that failed.
/// </summary>
public sealed class ChannelDelivery
{
    public Guid NotificationId { get; set; }
    public string Channel { get; set; } = "";
    public string Address { get; set; } = "";
    public int Attempts { get; set; }
    public DateTime? SentAt { get; set; }
    public string? LastError { get; set; }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("contactbook_notifications");
        b.Property(n => n.Id).ValueGeneratedNever();
        b.Property(n => n.DedupKey).HasMaxLength(200);
        b.Property(n => n.Topic).HasMaxLength(60);
        b.Property(n => n.Subject).HasMaxLength(300);
        b.Property(n => n.Body).HasMaxLength(4000);
        b.Property(n => n.Link).HasMaxLength(500);
        b.HasIndex(n => new { n.RecipientUserId, n.DedupKey }).IsUnique();
        b.HasIndex(n => new { n.RecipientUserId, n.CreatedAt });
    }
}

internal sealed class ChannelDeliveryConfiguration : IEntityTypeConfiguration<ChannelDelivery>
{
    public void Configure(EntityTypeBuilder<ChannelDelivery> b)
    {
        b.ToTable("contactbook_deliveries");
        b.HasKey(d => new { d.NotificationId, d.Channel });
        b.Property(d => d.Channel).HasMaxLength(20);
        b.Property(d => d.Address).HasMaxLength(200);
        b.Property(d => d.LastError).HasMaxLength(1000);
        b.HasOne<Notification>().WithMany().HasForeignKey(d => d.NotificationId).OnDelete(DeleteBehavior.Cascade);
    }
}

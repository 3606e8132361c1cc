using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TruongSo.Web.Modules.ContactBook.Notifications.Data;

public enum OutboxState { Pending, Delivered, Duplicate, Failed }

/// <summary>
/// A notice as enqueued, committed with the change it reports (transactional outbox). The worker
/// claims it with a lease (<see cref="LeaseToken"/> until <see cref="LeaseUntil"/>) rather than a
/// row lock, so several app instances share the queue on SQLite as on PostgreSQL, and a crashed
/// instance's claim simply expires. Not unique by dedup key: the same key enqueued twice is
/// dropped when delivered (see <see cref="Notification"/>), so an enqueue never fails the caller.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RecipientUserId { get; set; }
    public string Topic { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public string DedupKey { get; set; } = "";
    public string? Link { get; set; }
    public Guid? SchoolId { get; set; }
    public DateTime EnqueuedAt { get; set; }
    public OutboxState State { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public Guid? LeaseToken { get; set; }
    public DateTime? LeaseUntil { get; set; }
    public string? LastError { get; set; }
    public DateTime? FinishedAt { get; set; }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("contactbook_outbox");
        b.Property(o => o.Topic).HasMaxLength(60);
        b.Property(o => o.Subject).HasMaxLength(300);
        b.Property(o => o.Body).HasMaxLength(4000);
        b.Property(o => o.DedupKey).HasMaxLength(200);
        b.Property(o => o.Link).HasMaxLength(500);
        b.Property(o => o.State).HasConversion<string>().HasMaxLength(12);
        b.Property(o => o.LastError).HasMaxLength(1000);
        b.HasIndex(o => new { o.State, o.NextAttemptAt });
        b.HasIndex(o => new { o.SchoolId, o.State });
    }
}

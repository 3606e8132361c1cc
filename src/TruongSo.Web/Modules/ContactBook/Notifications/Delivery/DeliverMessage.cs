using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TruongSo.Web.Modules.ContactBook.Notifications.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.ContactBook.Notifications.Delivery;

/// <summary>
/// One claimed message: put it in the recipient's in-app list (once per dedup key), then send it
/// on each chosen channel that has not yet taken it, then settle: delivered, retry later with
/// exponential backoff, or failed after the last attempt (shown to administrators).
/// </summary>
internal sealed class DeliverMessage(AppDbContext db, Recipients recipients, IEnumerable<INotificationChannel> channels,
    IOptions<NotificationOptions> options, TimeProvider time, ILogger<DeliverMessage> log)
{
    public async Task HandleAsync(OutboxMessage message, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (await InboxAsync(message, now, ct) is not { } notification)
        {
            await OutboxClaims.SettleAsync(db, message, OutboxState.Duplicate, message.Attempts, now, null, now, ct);
            return;
        }
        var errors = await SendAsync(notification, ct);
        await SettleAsync(message, errors.Count == 0 ? null : string.Join(" | ", errors), ct);
    }

    /// <summary>After an attempt that failed (errors) or succeeded (null).</summary>
    public Task SettleAsync(OutboxMessage message, string? error, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var attempts = message.Attempts + 1;
        var state = error is null ? OutboxState.Delivered : attempts >= options.Value.MaxAttempts ? OutboxState.Failed : OutboxState.Pending;
        var next = state == OutboxState.Pending ? now + options.Value.RetryAfter(attempts) : now;
        return OutboxClaims.SettleAsync(db, message, state, attempts, next, error, now, ct);
    }

    /// <returns>The recipient's notification for this message, or null when an earlier message with the same key made it.</returns>
    private async Task<Notification?> InboxAsync(OutboxMessage m, DateTime now, CancellationToken ct)
    {
        var existing = await db.Set<Notification>().FirstOrDefaultAsync(n => n.RecipientUserId == m.RecipientUserId && n.DedupKey == m.DedupKey, ct);
        if (existing is not null)
        {
            return existing.Id == m.Id ? existing : null; // the same message retried, or a duplicate
        }
        var created = new Notification
        {
            Id = m.Id, RecipientUserId = m.RecipientUserId, DedupKey = m.DedupKey, Topic = m.Topic, Subject = m.Subject,
            Body = m.Body, Link = m.Link, SchoolId = m.SchoolId, CreatedAt = now,
        };
        db.Add(created);
        try
        {
            await db.SaveChangesAsync(ct);
            return created;
        }
        catch (DbUpdateException)
        {
            // Another worker delivered a message with the same key at the same moment: the unique index chose it.
            db.ChangeTracker.Clear();
            if (await db.Set<Notification>().AnyAsync(n => n.RecipientUserId == m.RecipientUserId && n.DedupKey == m.DedupKey, ct))
            {
                return null;
            }
            throw;
        }
    }

    private async Task<List<string>> SendAsync(Notification n, CancellationToken ct)
    {
        var preference = await recipients.PreferenceAsync(n.RecipientUserId, ct);
        var wanted = channels.Where(c => c.IsConfigured && preference.Wants(c.Name)).ToList();
        var errors = new List<string>();
        if (wanted.Count == 0)
        {
            return errors;
        }
        var address = await recipients.AddressesAsync(n.RecipientUserId, ct);
        var deliveries = await db.Set<ChannelDelivery>().Where(d => d.NotificationId == n.Id).ToListAsync(ct);
        foreach (var channel in wanted)
        {
            var delivery = deliveries.FirstOrDefault(d => d.Channel == channel.Name);
            if (delivery?.SentAt is not null || Recipients.AddressFor(channel, address) is not { } to)
            {
                continue; // sent on an earlier attempt, or no address on record for this channel
            }
            if (delivery is null)
            {
                delivery = new ChannelDelivery { NotificationId = n.Id, Channel = channel.Name };
                db.Add(delivery);
            }
            delivery.Address = to;
            delivery.Attempts++;
            try
            {
                await channel.SendAsync(new OutgoingNotice(n.Id, channel.Name, to, n.Subject, n.Body, n.Link), ct);
                delivery.SentAt = time.GetUtcNow().UtcDateTime;
                delivery.LastError = null;
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                log.LogWarning("Notification {Id} on {Channel}: {Error}", n.Id, channel.Name, e.Message);
                delivery.LastError = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
                errors.Add($"{channel.Name}: {e.Message}");
            }
            await db.SaveChangesAsync(ct); // each channel's outcome is kept before the next is tried
        }
        return errors;
    }
}

using Microsoft.Extensions.Options;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Hosting;

namespace TruongSo.Web.Modules.ContactBook.Notifications.Delivery;

/// <summary>
/// Delivers the outbox in the background of every app instance: claims a batch of due messages,
/// delivers each in a scope of its own, and repeats while there is work; then waits a poll
/// interval. Safe to restart at any point: a claim not settled expires and is taken again, so a
/// notice is delivered at least once (channels that took it already are not asked again).
/// </summary>
internal sealed class NotificationWorker(IServiceScopeFactory scopes, StartupState startup, IOptions<NotificationOptions> options,
    TimeProvider time, ILogger<NotificationWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WorkerEnabled)
        {
            return;
        }
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        try
        {
            do
            {
                if (startup.DatabaseReady)
                {
                    await DrainAsync(stoppingToken);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down; claims in flight expire and are taken again
        }
    }

    private async Task DrainAsync(CancellationToken ct)
    {
        try
        {
            while (await RunOnceAsync(ct) > 0)
            {
            }
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            log.LogError(e, "The notification outbox could not be read; trying again in {Interval}", options.Value.PollInterval);
        }
    }

    /// <returns>How many messages were claimed.</returns>
    private async Task<int> RunOnceAsync(CancellationToken ct)
    {
        IReadOnlyList<Data.OutboxMessage> claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            claimed = await OutboxClaims.ClaimAsync(db, time.GetUtcNow().UtcDateTime, options.Value, ct);
        }
        foreach (var message in claimed)
        {
            await using var scope = scopes.CreateAsyncScope();
            var deliver = scope.ServiceProvider.GetRequiredService<DeliverMessage>();
            try
            {
                await deliver.HandleAsync(message, ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                // Counted as an attempt, so that a message that always breaks the worker ends as failed.
                log.LogError(e, "Notification {Id} could not be delivered", message.Id);
                await using var retry = scopes.CreateAsyncScope();
                await retry.ServiceProvider.GetRequiredService<DeliverMessage>().SettleAsync(message, e.Message, ct);
            }
        }
        return claimed.Count;
    }
}

using Npgsql;

namespace TruongSo.Tests.Infrastructure;

/// <summary>Waiting for a condition instead of sleeping: work done by a worker, a save stopped where a test wants it.</summary>
public static class Waiting
{
    /// <summary>Waits (polling) until the condition holds; fails after <paramref name="seconds"/>.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string because, int seconds = 60)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            DateTime.UtcNow.Should().BeBefore(until, because);
            await Task.Delay(20);
        }
    }

    public static Task UntilAsync(Func<bool> condition, string because, int seconds = 60) =>
        UntilAsync(() => Task.FromResult(condition()), because, seconds);

    /// <summary>
    /// How many connections to the watcher's database wait for a lock (PostgreSQL). The watcher must not be in a
    /// transaction: inside one, PostgreSQL answers pg_stat_activity from the snapshot it took first.
    /// </summary>
    public static async Task<int> LockWaitsAsync(NpgsqlConnection watcher)
    {
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", watcher);
        return (int)(long)(await cmd.ExecuteScalarAsync())!;
    }
}

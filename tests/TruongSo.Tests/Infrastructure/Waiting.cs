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
}

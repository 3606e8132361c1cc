namespace TruongSo.Web.Platform.Time;

/// <summary>School days are Vietnamese days (UTC+7, no daylight saving), whatever the server's zone.</summary>
public static class SchoolDay
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Vietnam).DateTime);
}

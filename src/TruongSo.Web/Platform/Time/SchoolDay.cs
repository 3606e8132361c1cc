namespace TruongSo.Web.Platform.Time;

/// <summary>School days and clock times are Vietnamese (UTC+7, no daylight saving), whatever the server's zone.</summary>
public static class SchoolDay
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Now(clock).DateTime);

    /// <summary>Now in Vietnam: what a signature's /M, a printed date and a signing time show.</summary>
    public static DateTimeOffset Now(TimeProvider clock) => clock.GetUtcNow().ToOffset(Vietnam);

    /// <summary>A stored UTC time (the database may hand it back without a kind) as a Vietnamese clock time.</summary>
    public static DateTimeOffset Local(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(Vietnam);

    /// <summary>"21/11/2026 14:05", the way Vietnamese documents write a time.</summary>
    public static string Display(DateTime utc) => Local(utc).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}

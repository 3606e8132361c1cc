using System.Collections.Concurrent;
using TruongSo.Rules.Grading;

namespace TruongSo.Web.Modules.Gradebook;

/// <summary>
/// Each school's grading settings for a minute (settings are immutable records). A change of a
/// province's settings through this instance forgets every school at once; another instance of the
/// app (PostgreSQL, several servers) sees it within the minute, as a moved school's province in
/// OrgDirectory. A read that started before a change is not kept (the generation moved on).
/// </summary>
public sealed class GradingSettingsCache(TimeProvider clock)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<Guid, (GradingSettings Settings, DateTimeOffset Until)> schools = new();
    private long generation;

    public long Generation => Interlocked.Read(ref generation);

    public GradingSettings? Find(Guid schoolId) =>
        schools.TryGetValue(schoolId, out var kept) && kept.Until > clock.GetUtcNow() ? kept.Settings : null;

    public void Keep(Guid schoolId, GradingSettings settings, long readAt)
    {
        if (readAt == Generation)
        {
            schools[schoolId] = (settings, clock.GetUtcNow() + KeepFor);
        }
    }

    /// <summary>After a province's settings change: every school reads them again.</summary>
    public void Forget()
    {
        Interlocked.Increment(ref generation);
        schools.Clear();
    }
}

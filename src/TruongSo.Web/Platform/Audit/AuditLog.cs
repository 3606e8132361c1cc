using System.Text.Json;
using TruongSo.Web.Platform.Auth;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Platform.Audit;

/// <summary>A change to record: what, before, after and why. Who and when come from the context.</summary>
public sealed record AuditChange(
    string Action, string EntityType, string EntityId, object? Before, object? After,
    string? Reason = null, Guid? SchoolId = null);

/// <summary>
/// The one way modules write to the audit log. Entries join the caller's unit of work and are
/// sealed into the hash chain when it is saved, so a change and its audit entry commit together.
/// </summary>
public sealed class AuditLog(AppDbContext db, ICurrentActor actor, TimeProvider clock)
{
    public const string PlatformChain = "platform";

    // Vietnamese stays readable in the stored JSON instead of \u escapes.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static string ChainOf(Guid? schoolId) => schoolId is { } id ? $"school:{id:D}" : PlatformChain;

    public void Record(AuditChange change)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.AuditEntries.Add(new AuditEntry
        {
            Chain = ChainOf(change.SchoolId),
            At = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc),
            ActorId = actor.UserId,
            ActorName = actor.Name,
            Action = change.Action,
            EntityType = change.EntityType,
            EntityId = change.EntityId,
            SchoolId = change.SchoolId,
            Before = ToJson(change.Before),
            After = ToJson(change.After),
            Reason = change.Reason,
        });
    }

    /// <summary>
    /// A before or after as the log stores it (a string is taken as JSON already): a caller may serialise
    /// a large one ahead, outside a lock, and record it later.
    /// </summary>
    public static string? ToJson(object? value) => value switch
    {
        null => null,
        string s => s,
        _ => JsonSerializer.Serialize(value, value.GetType(), Json),
    };
}

using System.Globalization;

namespace TruongSo.Web.Platform.Audit;

internal static class AuditHash
{
    public const string Genesis = ChainHash.Genesis;

    /// <summary>
    /// SHA-256 over every field, each length-prefixed so that no two different entries share an
    /// encoding. The time is hashed at millisecond precision, which both engines store exactly.
    /// PostgreSQL computes the same hash in SQL as it seals at commit (audit_entries_seal, migration
    /// AuditSealedAtCommit, ADR 0017): change both or neither; AuditChainTests checks they agree.
    /// </summary>
    public static string Compute(AuditEntry e) => ChainHash.Of(
        e.Chain, e.Seq.ToString(CultureInfo.InvariantCulture), ChainHash.Time(e.At), e.ActorId?.ToString("D"), e.ActorName,
        e.Action, e.EntityType, e.EntityId, e.SchoolId?.ToString("D"), e.Before, e.After, e.Reason, e.PrevHash);
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TruongSo.Web.Platform.Audit;

internal static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>
    /// SHA-256 over every field, each length-prefixed so that no two different entries share an
    /// encoding. The time is hashed at millisecond precision, which both engines store exactly.
    /// </summary>
    public static string Compute(AuditEntry e)
    {
        var sb = new StringBuilder(256);
        Field(sb, e.Chain);
        Field(sb, e.Seq.ToString(CultureInfo.InvariantCulture));
        Field(sb, e.At.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
        Field(sb, e.ActorId?.ToString("D"));
        Field(sb, e.ActorName);
        Field(sb, e.Action);
        Field(sb, e.EntityType);
        Field(sb, e.EntityId);
        Field(sb, e.SchoolId?.ToString("D"));
        Field(sb, e.Before);
        Field(sb, e.After);
        Field(sb, e.Reason);
        Field(sb, e.PrevHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    private static void Field(StringBuilder sb, string? value)
    {
        if (value is null)
        {
            sb.Append("-1:");
            return;
        }
        sb.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
    }
}

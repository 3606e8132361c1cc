using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TruongSo.Web.Modules.Records.Archive.Data;

namespace TruongSo.Web.Modules.Records.Archive;

internal static class RegisterHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string ChainOf(Guid holderSchoolId) => $"school:{holderSchoolId:D}";

    /// <summary>SHA-256 over every field, length-prefixed, time at millisecond precision (as the audit log, ADR 0005).</summary>
    public static string Compute(RegisterEntry e)
    {
        var sb = new StringBuilder(512);
        Field(sb, e.Chain);
        Field(sb, e.Seq.ToString(CultureInfo.InvariantCulture));
        Field(sb, e.At.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
        Field(sb, e.Event.ToString());
        Field(sb, e.DocumentId.ToString("D"));
        Field(sb, e.Version.ToString(CultureInfo.InvariantCulture));
        Field(sb, e.PdfSha256);
        Field(sb, e.XmlSha256);
        Field(sb, e.ActorId?.ToString("D"));
        Field(sb, e.ActorName);
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

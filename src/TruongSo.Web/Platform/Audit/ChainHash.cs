using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TruongSo.Web.Platform.Audit;

/// <summary>
/// The hash of one line of a hash chain (the audit log, the transcript register): SHA-256 over the
/// fields in order, each length-prefixed (null as -1) so that no two different lines share an encoding.
/// </summary>
public static class ChainHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Of(params string?[] fields)
    {
        var sb = new StringBuilder(512);
        foreach (var value in fields)
        {
            if (value is null)
            {
                sb.Append("-1:");
                continue;
            }
            sb.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    /// <summary>Times are hashed at millisecond precision, which both engines store exactly.</summary>
    public static string Time(DateTime at) => at.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}

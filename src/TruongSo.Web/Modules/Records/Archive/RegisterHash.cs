using System.Globalization;
using TruongSo.Web.Modules.Records.Archive.Data;
using TruongSo.Web.Platform.Audit;

namespace TruongSo.Web.Modules.Records.Archive;

internal static class RegisterHash
{
    public const string Genesis = ChainHash.Genesis;

    public static string ChainOf(Guid holderSchoolId) => $"school:{holderSchoolId:D}";

    /// <summary>SHA-256 over every field, length-prefixed, time at millisecond precision (as the audit log, ADR 0005).</summary>
    public static string Compute(RegisterEntry e) => ChainHash.Of(
        e.Chain, e.Seq.ToString(CultureInfo.InvariantCulture), ChainHash.Time(e.At), e.Event.ToString(), e.DocumentId.ToString("D"),
        e.Version.ToString(CultureInfo.InvariantCulture), e.PdfSha256, e.XmlSha256, e.ActorId?.ToString("D"), e.ActorName, e.Reason, e.PrevHash);
}

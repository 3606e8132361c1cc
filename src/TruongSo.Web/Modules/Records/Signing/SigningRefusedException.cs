namespace TruongSo.Web.Modules.Records.Signing;

/// <summary>A signing or key upload refused for a reason the user can act on; the message is Vietnamese and shown as is.</summary>
public sealed class SigningRefusedException(string message, string field = "certificate") : Exception(message)
{
    /// <summary>The input the refusal is about (for RFC 9457 problems): password, certificate, file, document.</summary>
    public string Field { get; } = field;
}

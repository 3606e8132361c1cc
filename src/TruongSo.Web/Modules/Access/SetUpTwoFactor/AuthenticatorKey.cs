using QRCoder;

namespace TruongSo.Web.Modules.Access.SetUpTwoFactor;

/// <summary>What an authenticator app needs: the shared key, readable by a person or as a QR code.</summary>
internal static class AuthenticatorKey
{
    public const string Issuer = "TruongSo";

    /// <summary>
    /// Google's Key Uri Format, which every authenticator app reads: the label is
    /// "issuer:account" and the issuer is repeated as a parameter for the apps that want it there.
    /// </summary>
    public static string Uri(string userName, string key) =>
        $"otpauth://totp/{Escape(Issuer)}:{Escape(userName)}?secret={key}&issuer={Escape(Issuer)}&digits=6";

    /// <summary>"abcd efgh ...": groups of four are easier to type; base32 ignores case and spaces.</summary>
    public static string ForReading(string key) =>
        string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();

    /// <summary>
    /// The QR code as plain SVG paths (no script, no style attribute, no data: URI), so that it
    /// renders under the strict Content-Security-Policy; it scales with its container.
    /// </summary>
    public static string QrSvg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }

    private static string Escape(string value) => System.Uri.EscapeDataString(value);
}

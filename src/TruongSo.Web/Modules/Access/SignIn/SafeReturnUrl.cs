namespace TruongSo.Web.Modules.Access.SignIn;

internal static class SafeReturnUrl
{
    /// <summary>Only a path on this site: "//evil.example" and "https://..." go home instead.</summary>
    public static string Of(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";
}

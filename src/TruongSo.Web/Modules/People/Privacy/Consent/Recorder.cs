using System.Security.Claims;

namespace TruongSo.Web.Modules.People.Privacy.Consent;

internal static class Recorder
{
    /// <summary>"Full name (username)" as the sign-in put it in the principal ("full_name", Access's AppClaimsFactory).</summary>
    public static string NameOf(ClaimsPrincipal user)
    {
        var userName = user.Identity?.Name ?? "";
        var name = user.FindFirstValue("full_name") is { Length: > 0 } full ? $"{full} ({userName})" : userName;
        return name.Length <= 200 ? name : name[..200];
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TruongSo.Web.Modules.Access.Data;

namespace TruongSo.Web.Modules.Access.SignIn;

/// <summary>Adds the display name to the cookie, so the layout needs no query to greet the user.</summary>
internal sealed class AppClaimsFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    public const string FullName = "full_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(FullName, user.FullName));
        return identity;
    }
}

using Microsoft.AspNetCore.Identity;
using TruongSo.Web.Modules.Access.Data;

namespace TruongSo.Web.Modules.Access.SignIn;

internal static class SignOutEndpoint
{
    /// <summary>A POST with the anti-forgery token, so that no link or image can sign a user out.</summary>
    public static void MapSignOutEndpoint(this WebApplication app) =>
        app.MapPost("/dang-xuat", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/dang-nhap?daDangXuat=1");
        }).ExcludeFromDescription();
}

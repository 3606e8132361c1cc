using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace TruongSo.Web.Platform.Web.Localization;

internal static class LocalizationSetup
{
    private static readonly CultureInfo[] Cultures = [new("vi-VN"), new("en-US")];

    public static IServiceCollection AddPlatformLocalization(this IServiceCollection services)
    {
        services.AddSingleton<Text>();
        return services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("vi-VN");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            // Vietnamese unless the user chose otherwise: the browser's language is not asked.
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
    }

    public static WebApplication UsePlatformLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }

    /// <summary>GET /ngon-ngu/en?quayLai=/tai-khoan switches the language and goes back.</summary>
    public static WebApplication MapPlatformLocalization(this WebApplication app)
    {
        app.MapGet("/ngon-ngu/{culture}", (string culture, string? quayLai, HttpContext http) =>
        {
            var chosen = Cultures.FirstOrDefault(c => c.TwoLetterISOLanguageName == culture) ?? Cultures[0];
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            return Results.LocalRedirect(IsLocal(quayLai) ? quayLai! : "/");
        }).ExcludeFromDescription();
        return app;
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}

using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using TruongSo.Web.Modules.Access.Data;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Platform.Auth;

/// <summary>
/// Pages sign in with a cookie, the API with a bearer token; one policy scheme picks by the
/// Authorization header so that [Authorize] means the same everywhere. See docs/adr/0003.
/// </summary>
internal static class AuthenticationSetup
{
    public const string Scheme = "truongso";
    public const string SignInPath = "/dang-nhap";

    public static IServiceCollection AddPlatformAuthentication(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentActor>();
        services.AddScoped<ICurrentActor>(sp => sp.GetRequiredService<CurrentActor>());

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
                o.DefaultForbidScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Cookie hoặc bearer token", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromHours(1);
                o.RefreshTokenExpiration = TimeSpan.FromDays(7);
            })
            .AddIdentityCookies(cookies => cookies.ApplicationCookie!.Configure(ConfigureCookie));

        services.AddIdentityCore<AppUser>(ConfigureIdentity)
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<VietnameseIdentityErrors>();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));
        services.AddAuthorization();
        return services;
    }

    private static void ConfigureIdentity(IdentityOptions o)
    {
        o.Password.RequiredLength = 8;
        o.Password.RequireDigit = true;
        o.Password.RequireLowercase = true;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.Lockout.AllowedForNewUsers = true;
        o.User.RequireUniqueEmail = false;
        o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+";
    }

    private static void ConfigureCookie(Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions o)
    {
        o.Cookie.Name = "truongso.auth";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.ExpireTimeSpan = TimeSpan.FromHours(8);
        o.SlidingExpiration = true;
        o.LoginPath = SignInPath;
        o.LogoutPath = "/dang-xuat";
        o.AccessDeniedPath = "/khong-co-quyen";
        // The API answers 401/403 as problem details; only pages redirect to the sign-in form.
        o.Events.OnRedirectToLogin = ctx => ApiAware(ctx.HttpContext, ctx.RedirectUri, StatusCodes.Status401Unauthorized);
        o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx.HttpContext, ctx.RedirectUri, StatusCodes.Status403Forbidden);
    }

    private static Task ApiAware(HttpContext http, string redirectUri, int status)
    {
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            http.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        http.Response.Redirect(redirectUri);
        return Task.CompletedTask;
    }

    public static BearerTokenOptions BearerOptions(IServiceProvider sp) =>
        sp.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<BearerTokenOptions>>().Get(IdentityConstants.BearerScheme);
}

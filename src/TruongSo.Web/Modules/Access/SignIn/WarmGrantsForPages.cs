using TruongSo.Web.Modules.Access.Contracts;

namespace TruongSo.Web.Modules.Access.SignIn;

/// <summary>
/// Reads the signed-in user's grants before a page renders. The layout (menu by role) and the page
/// render concurrently on one request-scoped DbContext, which allows one operation at a time; with
/// the grants already read, the layout needs the database no more.
/// </summary>
internal static class WarmGrantsForPages
{
    public static WebApplication UseGrantsWarmedForPages(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            if (http.User.Identity?.IsAuthenticated == true && !http.Request.Path.StartsWithSegments("/api"))
            {
                await http.RequestServices.GetRequiredService<IAccessPolicy>().GrantsAsync(http.User, http.RequestAborted);
            }
            await next(http);
        });
        return app;
    }
}

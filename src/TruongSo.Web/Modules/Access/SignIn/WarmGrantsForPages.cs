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
            // Only Razor component pages have the layout; an endpoint that writes its own HTML
            // (the family's results page, served from a cache) needs no database read here.
            if (http.User.Identity?.IsAuthenticated == true && !http.Request.Path.StartsWithSegments("/api")
                && http.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata>() is not null)
            {
                await http.RequestServices.GetRequiredService<IAccessPolicy>().GrantsAsync(http.User, http.RequestAborted);
            }
            await next(http);
        });
        return app;
    }
}

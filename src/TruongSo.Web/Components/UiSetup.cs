namespace TruongSo.Web.Components;

internal static class UiSetup
{
    public static IServiceCollection AddUi(this IServiceCollection services)
    {
        // Static server rendering only: pages parents and students hit in thousands hold no circuit.
        services.AddRazorComponents();
        services.AddCascadingAuthenticationState();
        services.AddSingleton<Navigation>();
        return services;
    }

    public static WebApplication MapUi(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>();
        return app;
    }
}

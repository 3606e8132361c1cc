using TruongSo.Web.Modules.Gradebook.EnterMarks;

namespace TruongSo.Web.Modules.Gradebook;

/// <summary>Sổ điểm điện tử: marks, results by the Ministry's rules (TruongSo.Rules), the workflow and the public calculator.</summary>
public static class GradebookModule
{
    public static IServiceCollection AddGradebook(this IServiceCollection services)
    {
        services.AddScoped<GradebookAccess>();
        services.AddScoped<SheetGate>();
        services.AddScoped<GradingSettingsStore>();
        services.AddEnterMarks();
        return services;
    }

    public static WebApplication MapGradebook(this WebApplication app)
    {
        app.MapEnterMarks();
        return app;
    }
}

using TruongSo.Web.Modules.Gradebook.Calculator;
using TruongSo.Web.Modules.Gradebook.EnterMarks;
using TruongSo.Web.Modules.Gradebook.Evaluation;
using TruongSo.Web.Modules.Gradebook.ExportMarks;
using TruongSo.Web.Modules.Gradebook.HomeroomResults;
using TruongSo.Web.Modules.Gradebook.ImportMarks;
using TruongSo.Web.Modules.Gradebook.LockTerms;
using TruongSo.Web.Modules.Gradebook.MyResults;
using TruongSo.Web.Modules.Gradebook.ProvinceSettings;

namespace TruongSo.Web.Modules.Gradebook;

/// <summary>Sổ điểm điện tử: marks, results by the Ministry's rules (TruongSo.Rules), the workflow and the public calculator.</summary>
public static class GradebookModule
{
    public static IServiceCollection AddGradebook(this IServiceCollection services)
    {
        services.AddScoped<GradebookAccess>();
        services.AddScoped<Contracts.IYearRecords, YearRecords.YearRecordsReader>();
        services.AddScoped<SheetGate>();
        services.AddScoped<GradingSettingsStore>();
        services.AddSingleton<GradingSettingsCache>();
        services.AddGradeCalculator();
        services.AddEnterMarks();
        services.AddClassEvaluation();
        services.AddHomeroomResults();
        services.AddLockTerms();
        services.AddProvinceSettings();
        services.AddExportMarks();
        services.AddMyResults();
        services.AddImportMarks();
        return services;
    }

    public static WebApplication MapGradebook(this WebApplication app)
    {
        app.MapGradeCalculator();
        app.MapEnterMarks();
        app.MapHomeroomResults();
        app.MapLockTerms();
        app.MapProvinceSettings();
        app.MapExportMarks();
        app.MapMyResults();
        app.MapImportMarks();
        return app;
    }
}

namespace TruongSo.Web.Modules.Gradebook.Evaluation;

public static class ClassEvaluationSetup
{
    public static IServiceCollection AddClassEvaluation(this IServiceCollection services)
    {
        services.AddScoped<ClassEvaluator>();
        services.AddScoped<ClassResultsCloser>();
        return services;
    }
}

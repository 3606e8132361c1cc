using TruongSo.Web.Platform.Hosting;

namespace TruongSo.Web.Demo;

internal static class DemoSetup
{
    public static IServiceCollection AddDemo(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var options = DemoOptions.From(config, env);
        services.AddSingleton(options);
        services.AddScoped<AdminAccount>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DemoSchools>();
        services.AddScoped<DemoRecords>();
        services.AddScoped<DemoGrades>();
        services.AddScoped<DemoTranscripts>();
        services.AddScoped<DemoStudents>();
        services.AddScoped<DemoFamilyAccounts>();
        services.AddScoped<LargeDemo>();
        services.AddSingleton<IStartupTask, SeedOnStart>();
        return services;
    }

    private sealed class SeedOnStart(DemoOptions options) : IStartupTask
    {
        public async Task RunAsync(IServiceProvider services, CancellationToken ct)
        {
            await services.GetRequiredService<AdminAccount>().EnsureAsync(ct);
            if (options.Enabled)
            {
                await services.GetRequiredService<DemoSeeder>().SeedAsync(ct);
            }
        }
    }
}

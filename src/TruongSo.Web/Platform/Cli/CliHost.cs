using Spectre.Console;
using TruongSo.Web.Platform.Auth;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Hosting;

namespace TruongSo.Web.Platform.Cli;

/// <summary>
/// The app's services without the web server, for one CLI command, acting as the operator. No
/// host is built, so no hosted service starts and nothing listens.
/// </summary>
public sealed class CliHost : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private CliHost(ServiceProvider services, IServiceScope scope)
    {
        this.services = services;
        Scope = scope;
    }

    public IServiceScope Scope { get; }

    public T Get<T>() where T : notnull => Scope.ServiceProvider.GetRequiredService<T>();

    public static async Task<CliHost> StartAsync(string[] passed, bool migrate, CancellationToken ct)
    {
        var builder = Program.CreateBuilder(passed);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var services = builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        var host = new CliHost(services, services.CreateScope());
        host.Get<CurrentActor>().ActAs(null, $"cli:{Environment.UserName}");
        if (migrate)
        {
            await host.PrepareDatabaseAsync(ct);
        }
        return host;
    }

    /// <summary>What `serve` does before it listens: migrate, then the modules' start-up tasks (reference data).</summary>
    public async Task PrepareDatabaseAsync(CancellationToken ct)
    {
        var applied = await Get<DatabaseMigrator>().MigrateAsync(ct: ct);
        if (applied.Count > 0)
        {
            AnsiConsole.MarkupLineInterpolated($"[grey]Đã cập nhật cơ sở dữ liệu: {string.Join(", ", applied)}[/]");
        }
        foreach (var task in Scope.ServiceProvider.GetServices<IStartupTask>())
        {
            await task.RunAsync(Scope.ServiceProvider, ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Scope.Dispose();
        await services.DisposeAsync();
    }
}

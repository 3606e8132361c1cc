using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Platform.Hosting;

/// <summary>Work a module needs done once the database is ready (seeding, for instance).</summary>
public interface IStartupTask
{
    Task RunAsync(IServiceProvider services, CancellationToken ct);
}

public sealed class StartupState
{
    private volatile bool databaseReady;

    public bool DatabaseReady { get => databaseReady; set => databaseReady = value; }
}

/// <summary>
/// Runs before the server accepts requests: migrate (unless an operator does it), then the
/// modules' start-up tasks. /health answers 503 until this has finished.
/// </summary>
internal sealed class StartupTasks(IServiceProvider services, DatabaseOptions options, StartupState state, IEnumerable<IStartupTask> tasks) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var migrator = scope.ServiceProvider.GetRequiredService<DatabaseMigrator>();
        if (options.MigrateOnStart)
        {
            await migrator.MigrateAsync(ct: cancellationToken);
        }
        else if ((await migrator.PendingAsync(cancellationToken)).Count > 0)
        {
            return; // stay unready: `migrate` has not been run for this release
        }
        foreach (var task in tasks)
        {
            await task.RunAsync(scope.ServiceProvider, cancellationToken);
        }
        state.DatabaseReady = true;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

internal sealed class ReadinessCheck(StartupState state, AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!state.DatabaseReady)
        {
            return HealthCheckResult.Unhealthy("Cơ sở dữ liệu chưa được cập nhật (migrate).");
        }
        try
        {
            // A query on a pooled connection: CanConnectAsync opens a new, unpooled one on SQLite.
            await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (System.Data.Common.DbException e)
        {
            return HealthCheckResult.Unhealthy("Không kết nối được cơ sở dữ liệu.", e);
        }
    }
}

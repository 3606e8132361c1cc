using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TruongSo.Web.Platform.Hosting;

namespace TruongSo.Web.Platform.Data;

/// <summary>Applies migrations; an existing SQLite file is backed up first.</summary>
public sealed class DatabaseMigrator(AppDbContext db, DatabaseOptions options, DataDirectory data, TimeProvider clock, ILogger<DatabaseMigrator> log)
{
    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken ct = default) =>
        [.. await db.Database.GetPendingMigrationsAsync(ct)];

    /// <param name="target">A migration id to migrate to (up or down); null for the newest.</param>
    public async Task<IReadOnlyList<string>> MigrateAsync(string? target = null, CancellationToken ct = default)
    {
        var pending = await PendingAsync(ct);
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers work while one writer writes; it is a property of the file, so a
            // restored or copied database gets it back here.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", ct);
        }
        if (pending.Count == 0 && target is null)
        {
            return pending;
        }
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            await BackUpSqliteAsync(pending, ct);
        }
        await db.Database.GetService<IMigrator>().MigrateAsync(target, ct);
        log.LogInformation("Applied {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        return pending;
    }

    private async Task BackUpSqliteAsync(IReadOnlyList<string> pending, CancellationToken ct)
    {
        var applied = await db.Database.GetAppliedMigrationsAsync(ct);
        if (!applied.Any())
        {
            return; // a new, empty database: nothing to lose
        }
        var source = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var stamp = clock.GetUtcNow().ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var backups = data.File("backups");
        Directory.CreateDirectory(backups);
        var target = Path.Combine(backups, $"{Path.GetFileNameWithoutExtension(source)}-{stamp}-before-{(pending.Count > 0 ? pending[0] : "migrate")}.db");
        await using var from = new SqliteConnection($"Data Source={source}");
        await using var to = new SqliteConnection($"Data Source={target};Pooling=False");
        await from.OpenAsync(ct);
        await to.OpenAsync(ct);
        from.BackupDatabase(to); // the online backup API: consistent even while the app writes
        log.LogInformation("Backed up the database to {Backup} before migrating", target);
    }
}

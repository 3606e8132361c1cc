using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Platform.Hosting;

namespace TruongSo.Web.Platform.Data;

internal static class DatabaseRegistration
{
    public static IServiceCollection AddPlatformDatabase(this IServiceCollection services, IConfiguration config)
    {
        if (config["Database:Provider"] is { Length: > 0 } named && !Enum.TryParse<DatabaseProvider>(named, ignoreCase: true, out _))
        {
            throw new SetupException($"Không hỗ trợ cơ sở dữ liệu '{named}' (chọn Sqlite hoặc Postgres).");
        }
        var options = config.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        services.AddSingleton<DataDirectory>();
        services.AddSingleton<SqlitePragmas>();
        services.AddSingleton<Audit.AuditCommits>();
        services.AddDbContextPool<AppDbContext>((sp, db) =>
            Configure(db, options, sp.GetRequiredService<DataDirectory>(), sp.GetRequiredService<SqlitePragmas>()).AddInterceptors(sp.GetRequiredService<Audit.AuditCommits>()));
        services.AddScoped<DatabaseMigrator>();
        return services;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder db, DatabaseOptions options, DataDirectory data, SqlitePragmas pragmas)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                db.UseSqlite(SqliteConnectionString(options, data));
                db.AddInterceptors(pragmas);
                break;
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(options.ConnectionString))
                {
                    throw new SetupException("Database:Provider là Postgres nhưng thiếu Database:ConnectionString.");
                }
                db.UseNpgsql(PostgresConnectionDefaults.Apply(options.ConnectionString));
                break;
            default:
                throw new SetupException($"Không hỗ trợ cơ sở dữ liệu '{options.Provider}' (chọn Sqlite hoặc Postgres).");
        }
        return db;
    }

    public static string SqliteConnectionString(DatabaseOptions options, DataDirectory data) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new SqliteConnectionStringBuilder { DataSource = data.File("truongso.db"), Pooling = true, ForeignKeys = true }.ToString()
            : options.ConnectionString;
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Tests.Infrastructure;

/// <summary>
/// A fresh database for each test app, copied from a template migrated once per run: a file copy
/// for SQLite, CREATE DATABASE ... TEMPLATE for PostgreSQL. Migrations still run for real.
/// </summary>
public static class TestDatabases
{
    private const string PgTemplate = "truongso_test_template";
    private static readonly SemaphoreSlim PgCreate = new(1, 1);
    private static readonly Lazy<Task<string>> SqliteTemplate = new(CreateSqliteTemplateAsync);
    private static readonly Lazy<Task> PostgresTemplate = new(CreatePostgresTemplateAsync);

    public static string RunDirectory { get; } = CreateRunDirectory();

    public static string PostgresAdmin =>
        Environment.GetEnvironmentVariable("TRUONGSO_TEST_PG")
        ?? throw new InvalidOperationException("TRUONGSO_TEST_PG is not set: run the tests with ./test.sh, which starts PostgreSQL (or set TRUONGSO_TEST_ENGINES=sqlite).");

    public static async Task<string> CreateAsync(Engine engine, string name)
    {
        if (engine == Engine.Sqlite)
        {
            var file = Path.Combine(RunDirectory, $"{name}.db");
            File.Copy(await SqliteTemplate.Value, file);
            return new SqliteConnectionStringBuilder { DataSource = file, Pooling = true, ForeignKeys = true }.ToString();
        }
        await PostgresTemplate.Value;
        await PgCreate.WaitAsync();
        try
        {
            await ExecutePgAsync($"CREATE DATABASE \"{name}\" TEMPLATE {PgTemplate}");
        }
        finally
        {
            PgCreate.Release();
        }
        return PostgresDatabase(name);
    }

    /// <summary>An empty database, for tests of the migrations themselves.</summary>
    public static async Task<string> CreateEmptyAsync(Engine engine, string name)
    {
        if (engine == Engine.Sqlite)
        {
            return new SqliteConnectionStringBuilder { DataSource = Path.Combine(RunDirectory, $"{name}.db"), Pooling = false, ForeignKeys = true }.ToString();
        }
        await ExecutePgAsync($"CREATE DATABASE \"{name}\"");
        return PostgresDatabase(name);
    }

    public static string PostgresDatabase(string name) => new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = name }.ToString();

    public static AppDbContext Context(Engine engine, string connectionString)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        _ = engine == Engine.Sqlite ? options.UseSqlite(connectionString) : options.UseNpgsql(connectionString);
        return new AppDbContext(options.Options);
    }

    private static async Task<string> CreateSqliteTemplateAsync()
    {
        var file = Path.Combine(RunDirectory, "template.db");
        var cs = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
        await using (var db = Context(Engine.Sqlite, cs))
        {
            await db.Database.MigrateAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;");
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = DELETE;"); // a single file to copy
        }
        return file;
    }

    private static async Task CreatePostgresTemplateAsync()
    {
        await ExecutePgAsync($"DROP DATABASE IF EXISTS {PgTemplate} WITH (FORCE)");
        await ExecutePgAsync($"CREATE DATABASE {PgTemplate}");
        await using (var db = Context(Engine.Postgres, PostgresDatabase(PgTemplate)))
        {
            await db.Database.MigrateAsync();
        }
        NpgsqlConnection.ClearAllPools(); // CREATE DATABASE ... TEMPLATE needs the template idle
    }

    private static async Task ExecutePgAsync(string sql)
    {
        await using var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresAdmin) { Pooling = false }.ToString());
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c);
        await cmd.ExecuteNonQueryAsync();
    }

    private static string CreateRunDirectory()
    {
        var runs = Path.Combine(Path.GetTempPath(), "truongso-tests");
        RemoveFinishedRuns(runs);
        var dir = Path.Combine(runs, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    // A run's databases and files come to gigabytes, and the test host is stopped rather than left to
    // exit: each run clears away those of runs whose process is gone ("<time>-<process id>").
    private static void RemoveFinishedRuns(string runs)
    {
        if (!Directory.Exists(runs))
        {
            return;
        }
        foreach (var dir in Directory.EnumerateDirectories(runs))
        {
            if (int.TryParse(Path.GetFileName(dir).Split('-')[^1], out var pid) && !Running(pid))
            {
                try
                {
                    Directory.Delete(dir, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // another run is clearing it too, or it is not ours to clear
                }
            }
        }
    }

    private static bool Running(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}

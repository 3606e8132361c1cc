using Microsoft.Data.Sqlite;

// The floor our app is measured against: no middleware, no logging per request, no auth.
// GET /db opens a pooled connection and reads one row, as cheaply as SQLite allows.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var dataDir = Environment.GetEnvironmentVariable("BASELINE_DATA_DIR") ?? Path.GetTempPath();
var connectionString = new SqliteConnectionStringBuilder
{
    DataSource = Path.Combine(dataDir, "baseline.db"),
    Pooling = true,
}.ToString();
await Seed(connectionString);

var app = builder.Build();
app.MapGet("/", () => "ok");
app.MapGet("/db", async (CancellationToken ct) =>
{
    await using var connection = new SqliteConnection(connectionString);
    await connection.OpenAsync(ct);
    await using var cmd = connection.CreateCommand();
    cmd.CommandText = "SELECT name FROM school WHERE id = 1";
    return (string?)await cmd.ExecuteScalarAsync(ct) ?? "";
});
await app.RunAsync();

static async Task Seed(string connectionString)
{
    await using var connection = new SqliteConnection(connectionString);
    await connection.OpenAsync();
    await using var cmd = connection.CreateCommand();
    cmd.CommandText = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS school (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        INSERT OR IGNORE INTO school (id, name) VALUES (1, 'Trường THCS Nguyễn Trãi');
        """;
    await cmd.ExecuteNonQueryAsync();
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TruongSo.Web.Platform.Data;

/// <summary>
/// Per-connection SQLite settings: a busy timeout so that concurrent writers wait instead of
/// failing, and WAL's safe-but-fast sync level. WAL itself is a property of the file, set by the migrator.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    // foreign_keys comes from the connection string (ForeignKeys=True); busy_timeout bounds how
    // long a request thread waits for the writer (SQLite has one) before failing.
    private const string Pragmas = "PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = Pragmas;
        cmd.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = Pragmas;
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }
}

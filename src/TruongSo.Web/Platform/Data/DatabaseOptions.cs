namespace TruongSo.Web.Platform.Data;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>Bound from the "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For Postgres; for Sqlite the file defaults to {data dir}/truongso.db.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Serve applies pending migrations at start. Turn off when an operator runs `migrate` separately.</summary>
    public bool MigrateOnStart { get; set; } = true;
}

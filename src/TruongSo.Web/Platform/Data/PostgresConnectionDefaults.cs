using System.Data.Common;
using Npgsql;

namespace TruongSo.Web.Platform.Data;

/// <summary>
/// What the platform sets on an operator's PostgreSQL connection string unless it says otherwise (docs/adr/0019):
/// <list type="bullet">
/// <item>Statements run more than once on a pooled connection are prepared (<c>Max Auto Prepare</c>): the server
/// parses and plans a save's statements once per connection, not on every save.</item>
/// <item>A connection going back to the pool is not reset (<c>No Reset On Close</c>). Npgsql's reset is
/// <c>DISCARD ALL</c>, which also throws away the plans of the audit triggers' statements, so every request
/// planned them again. The platform leaves nothing in a session for a reset to undo: it takes only
/// transaction-scoped advisory locks, its temporary tables are dropped at commit, and it sets no session settings.</item>
/// </list>
/// Together they took a third of the app's CPU per saved sheet and half of PostgreSQL's (the ADR has the figures).
/// </summary>
internal static class PostgresConnectionDefaults
{
    /// <summary>More than the statements of the busiest requests, so that they stay prepared on a connection.</summary>
    public const int PreparedPerConnection = 128;

    public static string Apply(string connectionString)
    {
        // The generic builder keeps only the keys the operator wrote (Npgsql's answers for every key it knows).
        var written = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(k => k.Replace(" ", "", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var npgsql = new NpgsqlConnectionStringBuilder(connectionString);
        if (!written.Contains("MaxAutoPrepare"))
        {
            npgsql.MaxAutoPrepare = PreparedPerConnection;
        }
        if (!written.Contains("NoResetOnClose"))
        {
            npgsql.NoResetOnClose = true;
        }
        return npgsql.ConnectionString;
    }
}

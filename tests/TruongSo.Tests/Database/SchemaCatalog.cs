using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Tests.Database;

/// <summary>
/// A database's schema as sorted lines, read from the engine's own catalogue: tables, columns, indexes and
/// constraints, what the model describes. Triggers (the audit log's, ADR 0005 and 0017) are the migrations' alone.
/// </summary>
public static class SchemaCatalog
{
    public static async Task<List<string>> ReadAsync(AppDbContext db, Engine engine)
    {
        var conn = db.Database.GetDbConnection();
        await conn.OpenAsync();
        var lines = engine == Engine.Sqlite ? await SqliteAsync(conn) : await PostgresAsync(conn);
        return [.. lines.Where(l => !l.Contains("__EFMigrations", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    }

    private static async Task<List<string>> SqliteAsync(DbConnection c)
    {
        var lines = new List<string>();
        foreach (var table in (await Query(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")).Select(r => r[0]))
        {
            lines.Add($"table {table}");
            lines.AddRange((await Query(c, $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}')"))
                .Select(r => $"column {table}.{r[0]} {r[1]} notnull={r[2]} pk={r[3]}"));
            foreach (var index in await Query(c, $"SELECT name, \"unique\", origin FROM pragma_index_list('{table}')"))
            {
                var cols = (await Query(c, $"SELECT name FROM pragma_index_info('{index[0]}') ORDER BY seqno")).Select(r => r[0]);
                lines.Add($"index {table}.{(index[2] == "pk" ? "(pk)" : index[0])} unique={index[1]} ({string.Join(",", cols)})");
            }
            lines.AddRange((await Query(c, $"SELECT \"from\", \"table\", \"to\", on_delete FROM pragma_foreign_key_list('{table}')"))
                .Select(r => $"fk {table}.{r[0]} -> {r[1]}.{r[2]} on delete {r[3]}"));
        }
        return lines;
    }

    private static async Task<List<string>> PostgresAsync(DbConnection c)
    {
        var lines = new List<string>();
        lines.AddRange((await Query(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")).Select(r => $"table {r[0]}"));
        lines.AddRange((await Query(c, """
            SELECT table_name, column_name, data_type, coalesce(character_maximum_length::text, ''), is_nullable, coalesce(identity_generation, '')
            FROM information_schema.columns WHERE table_schema = 'public'
            """)).Select(r => $"column {r[0]}.{r[1]} {r[2]}({r[3]}) nullable={r[4]} identity={r[5]}"));
        lines.AddRange((await Query(c, "SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public'")).Select(r => $"index {r[0]}: {r[1]}"));
        lines.AddRange((await Query(c, """
            SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
            WHERE connamespace = 'public'::regnamespace AND contype <> 't'
            """)).Select(r => $"constraint {r[0]}.{r[1]}: {r[2]}"));
        return lines;
    }

    private static async Task<List<string[]>> Query(DbConnection c, string sql)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "")]);
        }
        return rows;
    }
}

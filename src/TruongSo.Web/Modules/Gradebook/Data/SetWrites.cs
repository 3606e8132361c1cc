using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.Data;

/// <summary>
/// Writes many rows of one table in the caller's transaction without EF's one statement per row (a
/// class sheet is ~315 rows): PostgreSQL gets one statement per table over unnest() of typed arrays;
/// SQLite one statement per table over json_each() of a JSON array of the rows. Values
/// are passed as the store holds them (enums as their stored form), so rows read back as EF wrote them.
/// </summary>
internal sealed class SetWrites(AppDbContext db)
{
    private DbConnection Connection => db.Database.GetDbConnection();
    private DbTransaction Transaction => db.Database.CurrentTransaction?.GetDbTransaction()
        ?? throw new InvalidOperationException("Set-based writes need the caller's transaction.");
    private bool Postgres => Connection is NpgsqlConnection;

    /// <summary>INSERT rows; columns name the store columns, each row gives their values in order.</summary>
    public Task<int> InsertAsync(string table, SetColumn[] columns, IReadOnlyList<object?[]> rows, CancellationToken ct)
    {
        var names = string.Join(", ", columns.Select(c => Quote(c.Name)));
        return Postgres
            ? RunPostgresAsync($"INSERT INTO {Quote(table)} ({names}) SELECT * FROM {Unnest(columns)}", columns, rows, ct)
            : RunSqliteAsync($"INSERT INTO {Quote(table)} ({names}) SELECT {string.Join(", ", columns.Select((_, i) => Json(i)))} FROM json_each($rows) AS v", rows, ct);
    }

    /// <summary>
    /// UPDATE rows matched on the first <paramref name="keys"/> columns (an id and, say, the version read); returns rows changed.
    /// With <paramref name="onlyChanged"/>, a row whose values are already those given is not written.
    /// </summary>
    public Task<int> UpdateAsync(string table, int keys, SetColumn[] columns, IReadOnlyList<object?[]> rows, CancellationToken ct, bool onlyChanged = false)
    {
        var (match, set) = (columns[..keys], columns[keys..]);
        string Value(int i) => Postgres ? $"v.c{i}" : Json(i);
        var where = string.Join(" AND ", match.Select((c, i) => $"t.{Quote(c.Name)} = {Value(i)}"));
        if (onlyChanged)
        {
            where += $" AND ({string.Join(" OR ", set.Select((c, i) => Differs($"t.{Quote(c.Name)}", Value(keys + i))))})";
        }
        var sql = $"UPDATE {Quote(table)} AS t SET {string.Join(", ", set.Select((c, i) => $"{Quote(c.Name)} = {Value(keys + i)}"))} " +
                  $"FROM {(Postgres ? Unnest(columns) : "json_each($rows) AS v")} WHERE {where}";
        return Postgres ? RunPostgresAsync(sql, columns, rows, ct) : RunSqliteAsync(sql, rows, ct);
    }

    /// <summary>
    /// INSERT rows, or UPDATE the <paramref name="update"/> columns of the row already holding their
    /// <paramref name="onConflict"/> key (a unique index) when one of <paramref name="compare"/> differs:
    /// one statement, no read first, and a row that would not change is left alone.
    /// </summary>
    public Task<int> UpsertAsync(string table, SetColumn[] columns, string[] onConflict, SetColumn[] update, SetColumn[] compare,
        IReadOnlyList<object?[]> rows, CancellationToken ct)
    {
        var names = string.Join(", ", columns.Select(c => Quote(c.Name)));
        var upsert = $"ON CONFLICT ({string.Join(", ", onConflict.Select(Quote))}) DO UPDATE SET " +
                     string.Join(", ", update.Select(c => $"{Quote(c.Name)} = excluded.{Quote(c.Name)}")) +
                     $" WHERE {string.Join(" OR ", compare.Select(c => Differs($"t.{Quote(c.Name)}", $"excluded.{Quote(c.Name)}")))}";
        // SQLite needs the WHERE of the SELECT to tell its ON CONFLICT from a join's ON.
        return Postgres
            ? RunPostgresAsync($"INSERT INTO {Quote(table)} AS t ({names}) SELECT * FROM {Unnest(columns)} {upsert}", columns, rows, ct)
            : RunSqliteAsync($"INSERT INTO {Quote(table)} AS t ({names}) SELECT {string.Join(", ", columns.Select((_, i) => Json(i)))} FROM json_each($rows) AS v WHERE true {upsert}", rows, ct);
    }

    /// <summary>DELETE rows matched on every column given; returns rows deleted.</summary>
    public Task<int> DeleteAsync(string table, SetColumn[] columns, IReadOnlyList<object?[]> rows, CancellationToken ct) => Postgres
        ? RunPostgresAsync($"DELETE FROM {Quote(table)} AS t USING {Unnest(columns)} WHERE {string.Join(" AND ", columns.Select((c, i) => $"t.{Quote(c.Name)} = v.c{i}"))}", columns, rows, ct)
        : RunSqliteAsync($"DELETE FROM {Quote(table)} WHERE ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) IN " +
                         $"(SELECT {string.Join(", ", columns.Select((_, i) => Json(i)))} FROM json_each($rows) AS v)", rows, ct);

    private static string Quote(string name) => $"\"{name}\"";

    // Null-safe inequality: NULL and NULL are the same value, NULL and 7 are not.
    private string Differs(string left, string right) => $"{left} {(Postgres ? "IS DISTINCT FROM" : "IS NOT")} {right}";

    // Columns of v are c0, c1, …: a column may appear twice (a version matched, then set).
    private static string Unnest(SetColumn[] columns) =>
        $"unnest({string.Join(", ", columns.Select((_, i) => $"@p{i}"))}) AS v({string.Join(", ", columns.Select((_, i) => $"c{i}"))})";

    private async Task<int> RunPostgresAsync(string sql, SetColumn[] columns, IReadOnlyList<object?[]> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return 0;
        }
        await using var cmd = (NpgsqlCommand)Connection.CreateCommand();
        (cmd.CommandText, cmd.Transaction) = (sql, (NpgsqlTransaction)Transaction);
        for (var i = 0; i < columns.Length; i++)
        {
            var values = Array.CreateInstance(columns[i].Type, rows.Count);
            for (var r = 0; r < rows.Count; r++)
            {
                values.SetValue(rows[r][i], r);
            }
            cmd.Parameters.Add(new NpgsqlParameter($"p{i}", values));
        }
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    // SQLite: the i-th value of a row of the JSON array $rows.
    private static string Json(int i) => $"json_extract(v.value, '$[{i}]')";

    // One statement over a JSON array, which SQLite walks in C: re-binding a prepared statement per
    // row (Microsoft.Data.Sqlite's binder, ~360 rows a sheet) was ~6 % of a save's CPU. Values are written as
    // Microsoft.Data.Sqlite binds them (Guid as upper-case text, DateTime as "yyyy-MM-dd HH:mm:ss.FFFFFFF",
    // bool as 0/1), so rows read back and compare as EF wrote them. No real async I/O in SQLite.
    private Task<int> RunSqliteAsync(string sql, IReadOnlyList<object?[]> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return Task.FromResult(0);
        }
        ct.ThrowIfCancellationRequested();
        using var cmd = Connection.CreateCommand();
        (cmd.CommandText, cmd.Transaction) = (sql, Transaction);
        var parameter = cmd.CreateParameter();
        (parameter.ParameterName, parameter.Value) = ("$rows", SqliteRows.ToJson(rows));
        cmd.Parameters.Add(parameter);
        return Task.FromResult(cmd.ExecuteNonQuery());
    }
}

/// <summary>A store column and the CLR type of its values (nullable where the column is), which types PostgreSQL's array.</summary>
internal sealed record SetColumn(string Name, Type Type);

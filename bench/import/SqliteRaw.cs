using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ImportBench;

/// <summary>
/// SQLite's fastest way in: one INSERT prepared on the connection's raw handle, bound by position
/// and stepped per row (no per-row command object or parameter look-up by name), in the caller's
/// transaction. Values in the formats EF Core writes (upper-case GUID text, ISO dates).
/// </summary>
internal static class SqliteRaw
{
    public static void Insert(SqliteConnection connection, string table, string[] columns, List<object?[]> rows)
    {
        var sql = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select(_ => "?"))})";
        Check(connection, raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement));
        using (statement)
        {
            Span<char> buffer = stackalloc char[40];
            foreach (var row in rows)
            {
                for (var i = 0; i < row.Length; i++)
                {
                    var n = i + 1;
                    _ = row[i] switch
                    {
                        null => raw.sqlite3_bind_null(statement, n),
                        string s => raw.sqlite3_bind_text16(statement, n, s),
                        Guid g => raw.sqlite3_bind_text16(statement, n, Upper(g, buffer)),
                        DateOnly d => raw.sqlite3_bind_text16(statement, n, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                        DateTime t => raw.sqlite3_bind_text16(statement, n, t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)),
                        bool b => raw.sqlite3_bind_int(statement, n, b ? 1 : 0),
                        var v => throw new NotSupportedException(v.GetType().Name),
                    };
                }
                if (raw.sqlite3_step(statement) != raw.SQLITE_DONE)
                {
                    Check(connection, raw.sqlite3_errcode(connection.Handle));
                }
                raw.sqlite3_reset(statement);
            }
        }
    }

    private static ReadOnlySpan<char> Upper(Guid g, Span<char> buffer)
    {
        g.TryFormat(buffer, out var written);
        var text = buffer[..written];
        for (var i = 0; i < text.Length; i++)
        {
            text[i] = char.ToUpperInvariant(text[i]);
        }
        return text;
    }

    private static void Check(SqliteConnection connection, int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), rc);
        }
    }
}

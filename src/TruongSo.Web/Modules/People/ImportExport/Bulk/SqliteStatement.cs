using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace TruongSo.Web.Modules.People.ImportExport.Bulk;

/// <summary>
/// One statement prepared on the connection's own SQLite handle, bound by position and stepped
/// once per row. SqliteCommand re-binds every parameter by name and builds a reader per execution,
/// which cost more than SQLite's own insert (measured: bench/import/README.md). Values are bound
/// in the formats Microsoft.Data.Sqlite gives EF's values (upper-case GUID text, yyyy-MM-dd dates,
/// yyyy-MM-dd HH:mm:ss.FFFFFFF instants, 0/1 booleans); ImportColumnFormatTests holds them to it.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly sqlite3_stmt statement;
    private readonly char[] buffer = new char[40];

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        this.connection = connection;
        Check(raw.sqlite3_prepare_v2(connection.Handle, sql, out statement));
    }

    /// <summary>Binds <paramref name="value"/> (already converted to its provider type) to parameter <paramref name="index"/> (1-based).</summary>
    public void Bind(int index, object? value) => Check(value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        string s => raw.sqlite3_bind_text16(statement, index, s),
        Guid g => raw.sqlite3_bind_text16(statement, index, Upper(g)),
        DateOnly d => raw.sqlite3_bind_text16(statement, index, Format(d, "yyyy-MM-dd")),
        DateTime t => raw.sqlite3_bind_text16(statement, index, Format(t, "yyyy-MM-dd HH:mm:ss.FFFFFFF")),
        bool b => raw.sqlite3_bind_int(statement, index, b ? 1 : 0),
        int or long or short or byte => raw.sqlite3_bind_int64(statement, index, Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        double or float => raw.sqlite3_bind_double(statement, index, Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        _ => throw new NotSupportedException($"No SQLite bulk binding for {value.GetType().Name}; add one beside the others."),
    });

    /// <summary>Runs the bound statement and makes it ready for the next row.</summary>
    public void Step()
    {
        var rc = raw.sqlite3_step(statement);
        if (rc != raw.SQLITE_DONE)
        {
            var error = Error(rc);
            raw.sqlite3_reset(statement);
            throw error;
        }
        raw.sqlite3_reset(statement);
    }

    private ReadOnlySpan<char> Upper(Guid g)
    {
        g.TryFormat(buffer, out var written);
        var text = buffer.AsSpan(0, written);
        for (var i = 0; i < text.Length; i++)
        {
            text[i] = char.ToUpperInvariant(text[i]);
        }
        return text;
    }

    private ReadOnlySpan<char> Format<T>(T value, string format) where T : ISpanFormattable
    {
        value.TryFormat(buffer, out var written, format, CultureInfo.InvariantCulture);
        return buffer.AsSpan(0, written);
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw Error(rc);
        }
    }

    // A SqliteException is a DbException: the import's "changed meanwhile" refusal catches it.
    private SqliteException Error(int rc) =>
        new(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), rc, raw.sqlite3_extended_errcode(connection.Handle));

    public void Dispose() => statement.Dispose();
}

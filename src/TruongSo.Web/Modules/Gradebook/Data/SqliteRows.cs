using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace TruongSo.Web.Modules.Gradebook.Data;

/// <summary>Rows as one JSON array of arrays for SQLite's json_each, each value as Microsoft.Data.Sqlite would bind it.</summary>
internal static class SqliteRows
{
    /// <summary>A JSON array of values (SELECT value FROM json_each(…)).</summary>
    public static string ToJsonValues(IEnumerable<object?> values) => Build(json =>
    {
        foreach (var value in values)
        {
            Write(json, value);
        }
    });

    /// <summary>A JSON array of rows, each an array of values (json_extract(v.value, '$[i]')).</summary>
    public static string ToJson(IEnumerable<object?[]> rows) => Build(json =>
    {
        foreach (var row in rows)
        {
            json.WriteStartArray();
            foreach (var value in row)
            {
                Write(json, value);
            }
            json.WriteEndArray();
        }
    });

    private static string Build(Action<Utf8JsonWriter> items)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            items(json);
            json.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A value as SQLite stores it through Microsoft.Data.Sqlite (and so as EF reads and compares it).</summary>
    public static void Write(Utf8JsonWriter json, object? value)
    {
        ArgumentNullException.ThrowIfNull(json);
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case Guid g:
                json.WriteStringValue(g.ToString().ToUpperInvariant());
                break;
            case DateTime d:
                json.WriteStringValue(d.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
                break;
            case bool b:
                json.WriteNumberValue(b ? 1 : 0);
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            default:
                throw new ArgumentException($"No SQLite JSON form for {value.GetType().Name}.", nameof(value));
        }
    }
}

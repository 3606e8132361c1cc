using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TruongSo.Web.Modules.Gradebook.Data;

/// <summary>
/// The cells of a <see cref="MarkRow"/> as JSON, by hand (no reflection): an object keyed by column name, each cell
/// {"t":tenths,"l":"level","n":"MakeUp","v":version,"at":"…Z","by":"guid"}, with t, l, n and by left out when empty.
/// An empty cell is absent. The migration that made the rows (20261121000018) writes the same form in SQL.
/// </summary>
internal static class MarkCells
{
    private static readonly JsonEncodedText[] Names = [default, .. Enum.GetValues<MarkColumn>().Select(c => JsonEncodedText.Encode(c.ToString()))];
    private static readonly JsonEncodedText[] Notes = [.. Enum.GetValues<MarkNote>().Select(n => JsonEncodedText.Encode(n.ToString()))];
    private static readonly JsonEncodedText T = JsonEncodedText.Encode("t"), L = JsonEncodedText.Encode("l"), N = JsonEncodedText.Encode("n"),
        V = JsonEncodedText.Encode("v"), At = JsonEncodedText.Encode("at"), By = JsonEncodedText.Encode("by");

    public static string Write(IEnumerable<Mark> marks)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var m in marks.OrderBy(m => m.Column))
            {
                json.WriteStartObject(Names[(int)m.Column]);
                if (m.Tenths is { } t)
                {
                    json.WriteNumber(T, t);
                }
                if (m.Level is { } l)
                {
                    json.WriteString(L, l);
                }
                if (m.Note != MarkNote.None)
                {
                    json.WriteString(N, Notes[(int)m.Note]);
                }
                json.WriteNumber(V, m.Version);
                json.WriteString(At, DateTime.SpecifyKind(m.UpdatedAt, DateTimeKind.Utc));
                if (m.UpdatedBy is { } by)
                {
                    json.WriteString(By, by);
                }
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The cells of a row as marks carrying the row's owner (student, subject, year, term, class).</summary>
    public static List<Mark> Read(MarkRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(row.Cells.Length));
        try
        {
            var reader = new Utf8JsonReader(bytes.AsSpan(0, Encoding.UTF8.GetBytes(row.Cells, bytes)));
            var marks = new List<Mark>(6);
            reader.Read(); // {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var mark = new Mark
                {
                    SchoolId = row.SchoolId, SchoolYearId = row.SchoolYearId, ClassId = row.ClassId, SubjectId = row.SubjectId,
                    StudentId = row.StudentId, Term = row.Term, Column = Column(ref reader),
                };
                reader.Read(); // {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    ReadField(ref reader, mark);
                }
                marks.Add(mark);
            }
            return marks;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static MarkColumn Column(ref Utf8JsonReader reader)
    {
        for (var c = 1; c < Names.Length; c++)
        {
            if (reader.ValueTextEquals(Names[c].EncodedUtf8Bytes))
            {
                return (MarkColumn)c;
            }
        }
        throw new JsonException($"No column of the sổ điểm is called {reader.GetString()}.");
    }

    private static void ReadField(ref Utf8JsonReader reader, Mark mark)
    {
        var field = reader.ValueSpan.Length == 1 ? reader.ValueSpan[0] : (byte)(reader.ValueTextEquals("at"u8) ? 'a' : reader.ValueTextEquals("by"u8) ? 'b' : 0);
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return; // as if left out
        }
        switch (field)
        {
            case (byte)'t':
                mark.Tenths = reader.GetInt32();
                break;
            case (byte)'l':
                mark.Level = reader.GetString();
                break;
            case (byte)'n':
                mark.Note = Note(ref reader);
                break;
            case (byte)'v':
                mark.Version = reader.GetInt32();
                break;
            case (byte)'a':
                mark.UpdatedAt = reader.TryGetDateTime(out var at) && at.Kind == DateTimeKind.Utc ? at
                    : DateTime.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
                break;
            case (byte)'b':
                mark.UpdatedBy = reader.TryGetGuid(out var by) ? by : Guid.Parse(reader.GetString()!);
                break;
            default:
                reader.Skip();
                break;
        }
    }

    private static MarkNote Note(ref Utf8JsonReader reader)
    {
        for (var n = 0; n < Notes.Length; n++)
        {
            if (reader.ValueTextEquals(Notes[n].EncodedUtf8Bytes))
            {
                return (MarkNote)n;
            }
        }
        return Enum.Parse<MarkNote>(reader.GetString()!);
    }
}

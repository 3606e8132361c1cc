using System.Buffers;
using System.Text.Json;
using TruongSo.Web.Modules.Gradebook.Data;

namespace TruongSo.Web.Modules.Gradebook.EnterMarks;

/// <summary>A changed cell as the audit log keeps it: the API's code and the note, before or after.</summary>
public sealed record AuditCell(Guid StudentId, string Column, string? Value, MarkNote Note);

/// <summary>
/// The cells of a save as its audit entry holds them, grouped by student:
/// <c>{"marks":{"&lt;student&gt;":{"Tx1":"7.5","Gk":null}},"notes":{"&lt;student&gt;":{"Gk":"MakeUp"}}}</c>,
/// a note listed only where there is one. A whole sheet's save is ~5 KB this way against ~23 KB as one
/// object per cell (the first form, <c>{"cells":[{"studentId":…,"column":…,"value":…,"note":…}]}</c>,
/// which older entries hold and <see cref="Read"/> still reads); every entry is stored, hashed by the
/// app or the database, and read back by the history.
/// </summary>
internal static class AuditedCells
{
    private static readonly JsonSerializerOptions FirstForm = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static string Write(IReadOnlyList<AuditCell> cells)
    {
        // Students in the order their first cell came (a pasted column lists them column by column).
        var byStudent = new Dictionary<Guid, List<AuditCell>>();
        foreach (var cell in cells)
        {
            if (!byStudent.TryGetValue(cell.StudentId, out var own))
            {
                byStudent[cell.StudentId] = own = new List<AuditCell>(6);
            }
            own.Add(cell);
        }
        var buffer = new ArrayBufferWriter<byte>(64 + cells.Count * 16);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("marks");
            foreach (var (student, own) in byStudent)
            {
                json.WriteStartObject(student.ToString());
                foreach (var cell in own)
                {
                    json.WriteString(cell.Column, cell.Value);
                }
                json.WriteEndObject();
            }
            json.WriteEndObject();
            if (cells.Any(c => c.Note != MarkNote.None))
            {
                json.WriteStartObject("notes");
                foreach (var (student, own) in byStudent.Where(s => s.Value.Exists(c => c.Note != MarkNote.None)))
                {
                    json.WriteStartObject(student.ToString());
                    foreach (var cell in own.Where(c => c.Note != MarkNote.None))
                    {
                        json.WriteString(cell.Column, cell.Note.ToString());
                    }
                    json.WriteEndObject();
                }
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>An entry's after: its cells, and whether the save took the page's completion away.</summary>
    public static string WithCompletionCleared(string cells, bool cleared) =>
        string.Concat(cells.AsSpan(0, cells.Length - 1), cleared ? ""","completionCleared":true}""" : ""","completionCleared":false}""");

    /// <summary>The cells of an entry's before or after, in either form.</summary>
    public static List<AuditCell> Read(string? json)
    {
        if (json is null)
        {
            return [];
        }
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("cells", out var first))
        {
            return first.Deserialize<List<AuditCell>>(FirstForm) ?? [];
        }
        if (!root.TryGetProperty("marks", out var marks))
        {
            return [];
        }
        var notes = root.TryGetProperty("notes", out var n) ? n : default;
        var cells = new List<AuditCell>();
        foreach (var student in marks.EnumerateObject())
        {
            var id = Guid.Parse(student.Name);
            var own = notes.ValueKind == JsonValueKind.Object && notes.TryGetProperty(student.Name, out var o) ? o : default;
            foreach (var cell in student.Value.EnumerateObject())
            {
                var note = own.ValueKind == JsonValueKind.Object && own.TryGetProperty(cell.Name, out var text) ? Enum.Parse<MarkNote>(text.GetString()!) : MarkNote.None;
                cells.Add(new AuditCell(id, cell.Name, cell.Value.GetString(), note));
            }
        }
        return cells;
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using TruongSo.Web.Modules.Gradebook.Data;

namespace TruongSo.Web.Modules.Gradebook.EnterMarks;

/// <summary>
/// One changed cell: the value as typed ("7,5", 7.5, "Đ"; null or "" clears the cell), its note, and
/// the <see cref="Version"/> the client last saw (0 for an empty cell). A cell whose version moved on
/// is not overwritten: it comes back as a conflict.
/// </summary>
public sealed record CellChange(Guid StudentId, string Column, [property: JsonConverter(typeof(TextOrNumber))] string? Value, MarkNote? Note, int Version);

/// <param name="Reason">Why the marks change; required when the sheet was reopened after the term was locked.</param>
public sealed record SaveMarksRequest(IReadOnlyList<CellChange>? Cells, string? Reason = null);

/// <summary>A cell as stored: its API code, note, version, and who changed it last and when.</summary>
public sealed record CellState(Guid StudentId, string Column, string? Value, MarkNote Note, int Version, DateTime? UpdatedAt, string? UpdatedBy);

public sealed record CellConflict(Guid StudentId, string Column, string? YourValue, CellState Current, string Message);

/// <summary>A student's term result after the save: the engine's average or level, or what is still missing.</summary>
public sealed record StudentTermResult(Guid StudentId, string? Result, bool Complete, bool Exempt, string? Missing);

public sealed record SaveMarksResult(int Saved, IReadOnlyList<CellState> Cells, IReadOnlyList<CellConflict> Conflicts, IReadOnlyList<StudentTermResult> Results);

/// <summary>Why a request was turned away: the HTTP status, the Vietnamese message, and field errors for a 400.</summary>
public sealed record Refusal(int Status, string Message, IDictionary<string, string[]>? Errors = null)
{
    public static Refusal NotFound(string what) => new(StatusCodes.Status404NotFound, what);

    public static Refusal Forbidden(string message) => new(StatusCodes.Status403Forbidden, message);

    public static Refusal Conflict(string message) => new(StatusCodes.Status409Conflict, message);

    public static Refusal Invalid(IDictionary<string, string[]> errors) =>
        new(StatusCodes.Status400BadRequest, string.Join(" ", errors.SelectMany(e => e.Value)), errors);
}

/// <summary>A score may come as a JSON number (7.5) or as text ("7,5", "Đ").</summary>
public sealed class TextOrNumber : JsonConverter<string?>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
        JsonTokenType.String => reader.GetString(),
        _ => throw new JsonException("value: hãy gửi một số hoặc một chuỗi."),
    };

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options) =>
        (value is null ? (Action)writer.WriteNullValue : () => writer.WriteStringValue(value))();
}

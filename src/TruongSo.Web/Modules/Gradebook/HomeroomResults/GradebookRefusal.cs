using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.Gradebook.HomeroomResults;

/// <summary>
/// Why a homeroom, lock or settings handler said no, in Vietnamese: shown on a page as it is, and
/// answered by an endpoint as an RFC 9457 problem (fields for 400; the list of what is missing for 409).
/// </summary>
public sealed record GradebookRefusal(int Status, string Message, IReadOnlyDictionary<string, string>? Fields = null, IReadOnlyList<string>? Items = null)
{
    public static GradebookRefusal Invalid(string field, string message) => Invalid(new Dictionary<string, string> { [field] = message });

    public static GradebookRefusal Invalid(IReadOnlyDictionary<string, string> fields) => new(400, string.Join(" ", fields.Values), fields);

    /// <param name="what">As in "Không tìm thấy {what}.": "lớp này".</param>
    public static GradebookRefusal NotFound(string what) => new(404, what);

    public static GradebookRefusal Forbidden(string? message = null) => new(403, message ?? "Bạn không có quyền thực hiện thao tác này.");

    public static GradebookRefusal Conflict(string message, IReadOnlyList<string>? items = null) => new(409, message, Items: items);

    /// <summary>The sentence a page shows.</summary>
    public string Text => Status == 404 ? $"Không tìm thấy {Message}." : Message;

    public IResult ToProblem() => Status switch
    {
        400 => Problems.Validation(Fields!.ToDictionary(f => f.Key, f => new[] { f.Value })),
        404 => Problems.NotFound(Message),
        403 => Problems.Forbidden(Message),
        _ => Results.Problem(statusCode: 409, title: "Xung đột dữ liệu.", detail: Message, type: "https://truongso.vn/loi/xung-dot",
            extensions: Items is null ? null : new Dictionary<string, object?> { ["items"] = Items }),
    };
}

/// <summary>A handler's answer: the value, or why not.</summary>
public readonly record struct GradebookOutcome<T>(T? Value, GradebookRefusal? Refusal)
{
    public static implicit operator GradebookOutcome<T>(T value) => new(value, null);

    public static implicit operator GradebookOutcome<T>(GradebookRefusal refusal) => new(default, refusal);

    public IResult ToResult(Func<T, IResult> ok) => Refusal is { } r ? r.ToProblem() : ok(Value!);
}

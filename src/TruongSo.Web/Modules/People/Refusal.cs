using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.People;

/// <summary>
/// Why a People handler said no, in Vietnamese: shown as it is on a page, and as an RFC 9457
/// problem (with the offending fields) by an endpoint. Handlers refuse before they write anything.
/// </summary>
public sealed record Refusal(int Status, string Message, IReadOnlyDictionary<string, string>? Fields = null)
{
    public static Refusal Invalid(string field, string message) => Invalid(new Dictionary<string, string> { [field] = message });

    public static Refusal Invalid(IReadOnlyDictionary<string, string> fields) => new(400, string.Join(" ", fields.Values), fields);

    /// <param name="what">As in "Không tìm thấy {what}.": "học sinh này".</param>
    public static Refusal NotFound(string what) => new(404, what);

    public static Refusal Forbidden(string? message = null) => new(403, message ?? "Bạn không có quyền thực hiện thao tác này.");

    public static Refusal Conflict(string message) => new(409, message);

    public static readonly Refusal StaleVersion =
        Conflict("Hồ sơ vừa được người khác sửa. Hãy tải lại trang để xem bản mới rồi sửa lại.");

    public string? For(string field) => Fields?.GetValueOrDefault(field);

    public IResult ToProblem() => Status switch
    {
        400 => Problems.Validation(Fields!.ToDictionary(f => f.Key, f => new[] { f.Value })),
        404 => Problems.NotFound(Message),
        403 => Problems.Forbidden(Message),
        _ => Problems.Conflict(Message),
    };
}

/// <summary>A handler's answer: the value, or why not.</summary>
public readonly record struct Outcome<T>(T? Value, Refusal? Refusal)
{
    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(Refusal refusal) => new(default, refusal);

    public IResult ToResult(Func<T, IResult> ok) => Refusal is { } r ? r.ToProblem() : ok(Value!);
}

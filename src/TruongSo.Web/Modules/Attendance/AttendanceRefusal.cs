using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.Attendance;

/// <summary>
/// Why an attendance handler said no, in Vietnamese: a page shows <see cref="Text"/>, an endpoint
/// answers an RFC 9457 problem naming the field (400), or 403, 404, 409, 429.
/// </summary>
public sealed record AttendanceRefusal(int Status, string Message, string? Field = null)
{
    public static AttendanceRefusal Invalid(string field, string message) => new(400, message, field);

    /// <param name="what">As in "Không tìm thấy {what}.": "lớp này".</param>
    public static AttendanceRefusal NotFound(string what) => new(404, what);

    public static AttendanceRefusal Forbidden(string message) => new(403, message);

    public static AttendanceRefusal Conflict(string message) => new(409, message);

    public static AttendanceRefusal TooMany(string message) => new(429, message);

    public string Text => Status == 404 ? $"Không tìm thấy {Message}." : Message;

    public IResult ToProblem() => Status switch
    {
        400 => Problems.Validation(Field ?? "", Message),
        404 => Problems.NotFound(Message),
        403 => Problems.Forbidden(Message),
        429 => Results.Problem(statusCode: 429, title: Problems.TitleFor(429), detail: Message, type: "https://truongso.vn/loi/qua-nhieu-yeu-cau"),
        _ => Problems.Conflict(Message),
    };
}

/// <summary>A handler's answer: the value, or why not.</summary>
public readonly record struct AttendanceOutcome<T>(T? Value, AttendanceRefusal? Refusal)
{
    public static implicit operator AttendanceOutcome<T>(T value) => new(value, null);

    public static implicit operator AttendanceOutcome<T>(AttendanceRefusal refusal) => new(default, refusal);

    public IResult ToResult(Func<T, IResult> ok) => Refusal is { } r ? r.ToProblem() : ok(Value!);
}

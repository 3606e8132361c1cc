using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.ContactBook.Reach;

public enum RefusalKind { NotFound, Forbidden, Invalid, TooMany }

/// <summary>
/// Why a contact-book request was not done, in Vietnamese: 404 for what the user may not see (the
/// message names the thing), 403 for what they see but may not do, 400 naming the field, 429 for a flood.
/// </summary>
public sealed record Refusal(RefusalKind Kind, string Field, string Message)
{
    public static Refusal NotFound(string what) => new(RefusalKind.NotFound, "", what);

    public static Refusal Forbidden(string message) => new(RefusalKind.Forbidden, "", message);

    public static Refusal Invalid(string field, string message) => new(RefusalKind.Invalid, field, message);

    public static Refusal TooMany(string field, string message) => new(RefusalKind.TooMany, field, message);

    /// <summary>What a page shows: the message, or "Không tìm thấy …".</summary>
    public string Text => Kind == RefusalKind.NotFound ? $"Không tìm thấy {Message}." : Message;

    public IResult ToProblem() => Kind switch
    {
        RefusalKind.NotFound => Problems.NotFound(Message),
        RefusalKind.Forbidden => Problems.Forbidden(Message),
        RefusalKind.Invalid => Problems.Validation(Field, Message),
        _ => Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: Problems.TitleFor(429), detail: Message,
            type: "https://truongso.vn/loi/qua-nhieu-yeu-cau", extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [Field] = [Message] } }),
    };
}

/// <summary>A contact-book handler's answer to both doors (page and API).</summary>
public sealed record Outcome<T>(T? Value, Refusal? Refused) where T : class
{
    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(Refusal refusal) => new(null, refusal);

    public IResult ToResult(Func<T, IResult> ok) => Value is { } v ? ok(v) : Refused!.ToProblem();
}

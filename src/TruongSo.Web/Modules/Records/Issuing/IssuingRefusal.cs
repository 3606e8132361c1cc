using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.Records.Issuing;

/// <summary>Why signing or correcting was refused, in Vietnamese; nothing was signed or archived.</summary>
public sealed record IssuingRefusal(int Status, string Message, string? Field = null)
{
    public static IssuingRefusal NotFound(string message) => new(404, message);

    public static IssuingRefusal Forbidden(string message) => new(403, message);

    public static IssuingRefusal Conflict(string message) => new(409, message);

    public static IssuingRefusal Invalid(string field, string message) => new(400, message, field);

    public IResult ToProblem() => Status switch
    {
        400 => Problems.Validation(Field ?? "request", Message),
        403 => Problems.Forbidden(Message),
        404 => Problems.NotFound(Message),
        _ => Problems.Conflict(Message),
    };
}

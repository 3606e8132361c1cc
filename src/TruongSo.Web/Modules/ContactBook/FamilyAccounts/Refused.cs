using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.ContactBook.FamilyAccounts;

/// <summary>Why a family-accounts handler said no, in Vietnamese, naming the field where there is one.</summary>
public sealed record Refused(int Status, string Message, string? Field = null)
{
    public static Refused Invalid(string field, string message) => new(400, message, field);

    public static Refused NotFound(string what) => new(404, what);

    public static Refused Forbidden(string message) => new(403, message);

    public IResult ToProblem() => Status switch
    {
        400 => Problems.Validation(Field ?? "request", Message),
        404 => Problems.NotFound(Message),
        403 => Problems.Forbidden(Message),
        429 => Results.Problem(statusCode: 429, title: Problems.TitleFor(429), detail: Message, type: "https://truongso.vn/loi/qua-nhieu-yeu-cau"),
        _ => Problems.Conflict(Message),
    };
}

internal static class RefusedResults
{
    /// <summary>200 with the value, or the refusal as an RFC 9457 problem.</summary>
    public static IResult Answer<T>(this (T? Value, Refused? Refused) outcome) where T : class =>
        outcome.Value is { } value ? Results.Ok(value) : outcome.Refused!.ToProblem();
}

using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.Organization;

/// <summary>What a form shows of any outcome.</summary>
public interface IOutcome
{
    bool Succeeded { get; }
    IReadOnlyDictionary<string, string[]> Errors { get; }
    string? Conflict { get; }
}

/// <summary>
/// A handler's answer to both doors: the value, or what was wrong with the request (API field
/// name → Vietnamese messages), or a conflict with someone else's change (a stale version).
/// </summary>
public sealed record Outcome<T>(T? Value, IReadOnlyDictionary<string, string[]> Errors, string? Conflict = null)
    : IOutcome where T : class
{
    public bool Succeeded => Value is not null;

    public IEnumerable<string> Messages => Conflict is { } c ? [c] : Errors.SelectMany(e => e.Value);

    /// <summary>201/200 with the value, 400 with the fields named, or 409.</summary>
    public IResult ToResult(Func<T, IResult> ok) =>
        Value is { } v ? ok(v)
        : Conflict is { } c ? Problems.Conflict(c)
        : Problems.Validation(Errors.ToDictionary(e => e.Key, e => e.Value));
}

public static class Outcome
{
    private static readonly Dictionary<string, string[]> None = [];

    public static Outcome<T> Ok<T>(T value) where T : class => new(value, None);

    public static Outcome<T> Invalid<T>(IReadOnlyDictionary<string, string[]> errors) where T : class => new(null, errors);

    public static Outcome<T> Invalid<T>(string field, string message) where T : class =>
        new(null, new Dictionary<string, string[]> { [field] = [message] });

    public static Outcome<T> Stale<T>(string message) where T : class => new(null, None, message);
}

internal static class Checks
{
    public static void Add(this Dictionary<string, string[]> errors, string field, string message) =>
        errors[field] = [.. errors.GetValueOrDefault(field, []), message];

    /// <summary>Trimmed text, or an error when it is empty or longer than the column allows.</summary>
    public static string Text(this Dictionary<string, string[]> errors, string field, string? value, int max, string message, bool required = true)
    {
        var text = value?.Trim() ?? "";
        if ((required && text.Length == 0) || text.Length > max)
        {
            errors.Add(field, message);
        }
        return text;
    }
}

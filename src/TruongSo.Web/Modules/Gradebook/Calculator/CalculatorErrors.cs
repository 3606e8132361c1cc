namespace TruongSo.Web.Modules.Gradebook.Calculator;

/// <summary>Field-path → Vietnamese messages, for one 400 listing everything wrong at once.</summary>
public sealed class CalculatorErrors
{
    public Dictionary<string, string[]> ByField { get; } = [];

    public bool Any => ByField.Count > 0;

    public void Add(string field, string message) =>
        ByField[field] = ByField.TryGetValue(field, out var existing) ? [.. existing, message] : [message];
}

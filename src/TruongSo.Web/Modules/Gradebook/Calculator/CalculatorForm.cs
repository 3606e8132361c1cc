using TruongSo.Rules.Grading;

namespace TruongSo.Web.Modules.Gradebook.Calculator;

/// <summary>The posted /tinh-diem form: its raw values (echoed back into the inputs) and the errors by input name.</summary>
public sealed class CalculatorForm
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public static CalculatorForm From(IFormCollection? form)
    {
        var read = new CalculatorForm();
        foreach (var (key, value) in form ?? (IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>>)[])
        {
            read.values[key] = value.ToString().Trim();
        }
        return read;
    }

    public string Value(string name) => values.GetValueOrDefault(name, "");

    public bool Has(string name) => Value(name).Length > 0;

    public bool Invalid(string name) => Errors.ContainsKey(name);

    public Score? Score(string name, string label)
    {
        if (!Has(name))
        {
            return null;
        }
        if (Rules.Grading.Score.TryParse(Value(name), out var score, out var error))
        {
            return score;
        }
        Errors[name] = $"{label}: {error}";
        return null;
    }

    public CommentResult? Comment(string name) => MarkReader.Comment(Value(name));

    public Achievement? Level(string name) => Value(name) switch
    {
        "Tot" => Achievement.Tot,
        "Kha" => Achievement.Kha,
        "Dat" => Achievement.Dat,
        "ChuaDat" => Achievement.ChuaDat,
        _ => null,
    };

    public int? Whole(string name, string label, int max)
    {
        if (!Has(name))
        {
            return null;
        }
        if (int.TryParse(Value(name), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n <= max)
        {
            return n;
        }
        Errors[name] = $"{label}: hãy nhập một số nguyên từ 0 đến {max}.";
        return null;
    }
}

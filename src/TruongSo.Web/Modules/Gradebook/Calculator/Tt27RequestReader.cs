using System.Text.Json;
using TruongSo.Rules.Grading;

namespace TruongSo.Web.Modules.Gradebook.Calculator;

/// <summary>Checks a TT27 request: levels T/H/C, tests whole numbers 0–10, qualities and competences Tot/Dat/CanCoGang.</summary>
internal static class Tt27RequestReader
{
    public static Tt27Input? Read(CalculatorRequest request, CalculatorErrors errors)
    {
        if (request.Grade is not (>= 1 and <= 5))
        {
            errors.Add("grade", "Khối lớp theo Thông tư 27 phải từ 1 đến 5.");
        }
        var subjects = new List<Tt27Subject>();
        var given = request.Subjects ?? [];
        if (given.Count == 0)
        {
            errors.Add("subjects", "Hãy gửi ít nhất một môn học.");
        }
        for (var i = 0; i < given.Count; i++)
        {
            var s = given[i];
            var at = $"subjects[{i}]";
            Tt27Level? level = s?.Level switch { "T" => Tt27Level.T, "H" => Tt27Level.H, "C" => Tt27Level.C, _ => null };
            if (string.IsNullOrWhiteSpace(s?.Code))
            {
                errors.Add($"{at}.code", "Hãy cho biết mã môn học (ví dụ TOAN).");
            }
            if (level is null)
            {
                errors.Add($"{at}.level", "Mức môn học là T (Hoàn thành tốt), H (Hoàn thành) hoặc C (Chưa hoàn thành).");
            }
            var test = Test(s?.Test, $"{at}.test", errors);
            if (s is not null && level is { } l)
            {
                subjects.Add(new Tt27Subject(s.Code ?? "", l, test) { Name = s.Name });
            }
        }
        var qualities = Traits(request.Qualities, "qualities", Tt27Engine.Qualities, errors);
        var competences = Traits(request.Competences, "competences", Tt27Engine.Competences, errors);
        return errors.Any ? null : new Tt27Input(request.Grade!.Value, subjects, qualities, competences);
    }

    private static int? Test(JsonElement? value, string field, CalculatorErrors errors)
    {
        if (MarkReader.IsAbsent(value))
        {
            return null;
        }
        if (value!.Value.ValueKind == JsonValueKind.Number && value.Value.TryGetDecimal(out var d) && d == decimal.Truncate(d) && d is >= 0 and <= 10)
        {
            return (int)d;
        }
        errors.Add(field, "Điểm kiểm tra định kì là số nguyên từ 0 đến 10, không có phần thập phân (Thông tư 27, Điều 7).");
        return null;
    }

    private static Dictionary<string, Tt27Quality> Traits(IReadOnlyDictionary<string, string>? given, string group,
        IReadOnlyList<(string Key, string Name)> known, CalculatorErrors errors)
    {
        var read = new Dictionary<string, Tt27Quality>(StringComparer.Ordinal);
        foreach (var (key, text) in given ?? new Dictionary<string, string>())
        {
            if (!known.Any(k => k.Key == key))
            {
                errors.Add($"{group}.{key}", $"Không có mục \"{key}\"; dùng: {string.Join(", ", known.Select(k => k.Key))}.");
                continue;
            }
            Tt27Quality? q = text switch { "Tot" => Tt27Quality.Tot, "Dat" => Tt27Quality.Dat, "CanCoGang" => Tt27Quality.CanCoGang, _ => null };
            if (q is { } v)
            {
                read[key] = v;
            }
            else
            {
                errors.Add($"{group}.{key}", "Mức phẩm chất, năng lực là Tot, Dat hoặc CanCoGang.");
            }
        }
        return read;
    }
}

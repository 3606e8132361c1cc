using System.Text.Json;
using TruongSo.Rules.Grading;
using TruongSo.Web.Modules.Gradebook.Contracts;

namespace TruongSo.Web.Modules.Records.Rendition;

/// <summary>The gradebook's ASCII codes (grade-calculator-api.md) in the words the học bạ prints, per rule set.</summary>
public static class TranscriptLabels
{
    public static string Score(int? tenths) => tenths is { } t ? (t / 10m).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',') : "";

    /// <summary>A comment subject's level: Đ / CĐ (TT22 Điều 5); TT27 T / H / C (Điều 6).</summary>
    public static string Level(string? code) => code switch
    {
        "D" => "Đ",
        "CD" => "CĐ",
        "T" => "Hoàn thành tốt",
        "H" => "Hoàn thành",
        "C" => "Chưa hoàn thành",
        _ => code ?? "",
    };

    public static string Subject(SubjectPeriodRecord? r) => r switch
    {
        null => "",
        { Exempt: true } => "Miễn",
        { Level: { } l, AverageTenths: { } t } => $"{Level(l)} ({t / 10})",
        { AverageTenths: { } t } => Score(t),
        { Level: { } l } => Level(l),
        _ => "",
    };

    public static string Retest(SubjectPeriodRecord? r) => r switch
    {
        { RetestTenths: { } t } => Score(t),
        { RetestLevel: { } l } => Level(l),
        _ => "",
    };

    /// <summary>Học tập / rèn luyện: TT22 Tốt, Khá, Đạt, Chưa đạt; TT27 year results; TT58 học lực and hạnh kiểm.</summary>
    public static string Achievement(string? code, TranscriptForm form) =>
        form == TranscriptForm.Tt58 && Enum.TryParse<Tt58Learning>(code, out var l) ? Tt58(l)
        : form == TranscriptForm.Tt58 && Enum.TryParse<Tt58Conduct>(code, out var c) ? Tt58(c)
        : Enum.TryParse<Achievement>(code, out var a) ? Labels.Vi(a)
        : Enum.TryParse<Tt27YearResult>(code, out var r) ? Tt27Engine.ResultVi(r)
        : code ?? "";

    public static string Outcome(string? code) => Enum.TryParse<Outcome>(code, out var o) ? Labels.Vi(o) : code ?? "";

    public static string Honour(string? code) => Enum.TryParse<Honour>(code, out var h) ? Labels.Vi(h)
        : Enum.TryParse<Tt58Title>(code, out var t) ? (t == Tt58Title.Gioi ? "Học sinh Giỏi" : "Học sinh Tiên tiến") : code ?? "";

    /// <summary>TT27 Điều 8: the qualities and competences stored as JSON ({"qualities":{"yeuNuoc":"Tot"},...}).</summary>
    public static IReadOnlyList<TraitLine> Traits(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }
        try
        {
            using var doc = JsonDocument.Parse(json);
            return [.. Group(doc.RootElement, "qualities", "Phẩm chất", Tt27Engine.Qualities), .. Group(doc.RootElement, "competences", "Năng lực", Tt27Engine.Competences)];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static IEnumerable<TraitLine> Group(JsonElement root, string property, string group, IReadOnlyList<(string Key, string Name)> names)
    {
        var values = root.EnumerateObject().FirstOrDefault(p => p.Name.Equals(property, StringComparison.OrdinalIgnoreCase)).Value;
        foreach (var (key, name) in names)
        {
            var value = values.ValueKind == JsonValueKind.Object && values.TryGetProperty(key, out var v) ? v.ToString() : null;
            yield return new TraitLine(group, name, Enum.TryParse<Tt27Quality>(value, out var q) ? Quality(q) : "");
        }
    }

    private static string Quality(Tt27Quality q) => q switch { Tt27Quality.Tot => "Tốt", Tt27Quality.Dat => "Đạt", _ => "Cần cố gắng" };

    private static string Tt58(Tt58Learning l) => l switch
    {
        Tt58Learning.Gioi => "Giỏi", Tt58Learning.Kha => "Khá", Tt58Learning.TrungBinh => "Trung bình", Tt58Learning.Yeu => "Yếu", _ => "Kém",
    };

    private static string Tt58(Tt58Conduct c) => c switch
    {
        Tt58Conduct.Tot => "Tốt", Tt58Conduct.Kha => "Khá", Tt58Conduct.TrungBinh => "Trung bình", _ => "Yếu",
    };
}

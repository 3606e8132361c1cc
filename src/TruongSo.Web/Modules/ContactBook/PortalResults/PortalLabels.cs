using System.Globalization;
using TruongSo.Rules.Grading;
using TruongSo.Web.Modules.Gradebook.Contracts;

namespace TruongSo.Web.Modules.ContactBook.PortalResults;

/// <summary>The stored codes in the words the sổ điểm prints (the engine's own labels), for the family's page.</summary>
internal static class PortalLabels
{
    public static string Period(string code) => code switch { "hk1" => "Học kì I", "hk2" => "Học kì II", _ => "Cả năm" };

    public static string Status(string status) => status switch { "locked" => "Đã khoá sổ", "closed" => "Đã chốt", _ => "Tạm tính" };

    public static string StatusClass(string status) => status switch { "locked" or "closed" => "badge ok", _ => "badge warn" };

    public static string Achievement(string? code) =>
        Enum.TryParse<Achievement>(code, out var a) ? Labels.Vi(a)
        : Enum.TryParse<Tt27YearResult>(code, out var r) ? Tt27Engine.ResultVi(r)
        : code ?? "";

    public static string Outcome(string? code) => Enum.TryParse<Outcome>(code, out var o) ? Labels.Vi(o) : code ?? "";

    public static string Honour(string? code) => Enum.TryParse<Honour>(code, out var h) ? Labels.Vi(h) : code ?? "";

    /// <summary>A subject's result as printed: ĐTB "7,8", Đ/CĐ, "Miễn", "Chưa đủ điểm", or empty.</summary>
    public static string Result(SubjectView subject, string period) => subject.Results.FirstOrDefault(r => r.Period == period) switch
    {
        null => "",
        { Exempt: true } => "Miễn",
        { Complete: false } => "Chưa đủ điểm",
        { Average: { } a } => Score(a),
        { Level: { } l } => Level(l),
        _ => "",
    };

    /// <summary>"ĐĐGtx: 8,5  9,0 · ĐĐGgk: 7,0 · ĐĐGck: 8,0", or "—".</summary>
    public static string Marks(IReadOnlyList<MarkView> marks)
    {
        string Of(IEnumerable<MarkView> ms) => string.Join("  ", ms.Select(m => m.Score is { } s ? Score(s) + (m.Level is null ? "" : $" ({Level(m.Level)})") : Level(m.Level)));
        var tx = marks.Where(m => m.Column.StartsWith("Tx", StringComparison.Ordinal)).ToList();
        List<string> parts = [.. tx.Count > 0 ? ["ĐĐGtx: " + Of(tx)] : Array.Empty<string>(),
            .. marks.Where(m => m.Column == "Gk").Select(m => "ĐĐGgk: " + Of([m])), .. marks.Where(m => m.Column == "Ck").Select(m => "ĐĐGck: " + Of([m]))];
        return parts.Count == 0 ? "—" : string.Join(" · ", parts);
    }

    private static string Score(decimal score) => score.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');

    private static string Level(string? code) => code switch { "D" => "Đ", "CD" => "CĐ", null => "", _ => code };
}

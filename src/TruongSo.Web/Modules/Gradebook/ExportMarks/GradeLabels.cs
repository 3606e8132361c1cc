using System.Globalization;
using TruongSo.Rules.Grading;
using TruongSo.Web.Modules.Gradebook.Data;

namespace TruongSo.Web.Modules.Gradebook.ExportMarks;

/// <summary>
/// The stored ASCII codes (grade-calculator-api.md) in the words the sổ điểm and học bạ print,
/// through the engine's own labels so that every screen and file says the same.
/// </summary>
public static class GradeLabels
{
    /// <summary>"7.5" → "7,5"; null stays empty.</summary>
    public static string Score(int? tenths) => tenths is { } t ? new decimal(t, 0, 0, false, 1).ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',') : "";

    /// <summary>A comment subject's level: Đ / CĐ; TT27 T / H / C as printed.</summary>
    public static string Level(string? code) => code switch
    {
        "D" => "Đ",
        "CD" => "CĐ",
        null => "",
        _ => code,
    };

    /// <summary>A mark as written in the sổ điểm: its score, or its level (with a TT27 test score after it).</summary>
    public static string Mark(int? tenths, string? level) => (tenths, level) switch
    {
        (null, null) => "",
        (null, _) => Level(level),
        (_, null) => Score(tenths),
        _ => $"{Level(level)} ({Score(tenths)})",
    };

    /// <summary>Tot/Kha/Dat/ChuaDat (học tập, rèn luyện) and the TT27 year results.</summary>
    public static string Achievement(string? code) =>
        Enum.TryParse<Achievement>(code, out var a) ? Labels.Vi(a)
        : Enum.TryParse<Tt27YearResult>(code, out var r) ? Tt27Engine.ResultVi(r)
        : code ?? "";

    public static string Outcome(string? code) => Enum.TryParse<Outcome>(code, out var o) ? Labels.Vi(o) : code ?? "";

    public static string Honour(string? code) => Enum.TryParse<Honour>(code, out var h) ? Labels.Vi(h) : code ?? "";

    public static string Period(GradingPeriod period) => period switch
    {
        GradingPeriod.Hk1 => "Học kì I",
        GradingPeriod.Hk2 => "Học kì II",
        _ => "Cả năm",
    };

    /// <summary>A subject result as printed: ĐTB, Đ/CĐ, "Miễn", or empty while "chưa đủ điểm".</summary>
    public static string SubjectResult(SubjectResult? r) => r switch
    {
        null => "",
        { Exempt: true } => "Miễn",
        { AverageTenths: { } t } => Score(t),
        { Level: { } l } => Level(l),
        _ => "",
    };
}

using TruongSo.Rules.Grading;

namespace TruongSo.Web.Modules.Gradebook.Evaluation;

/// <summary>
/// The calculator's ASCII codes (grade-calculator-api.md) as stored in the gradebook's tables:
/// Tot/Kha/Dat/ChuaDat, D/CD, T/H/C, LenLop/OLaiLop/ChoHe, Gioi/XuatSac; TT22/TT27 for the rule set.
/// </summary>
public static class ResultCodes
{
    public static string Of(Achievement level) => level.ToString();

    public static string Of(CommentResult result) => result == CommentResult.Dat ? "D" : "CD";

    public static string Of(RuleSet ruleSet) => ruleSet switch
    {
        RuleSet.Tt22 => "TT22",
        RuleSet.Tt27 => "TT27",
        RuleSet.Tt58 => "TT58",
        _ => "LEGACY",
    };

    public static Achievement? Achievement(string? code) =>
        Enum.TryParse<Achievement>(code, ignoreCase: false, out var a) && Enum.IsDefined(a) && !int.TryParse(code, out _) ? a : null;

    public static CommentResult? Comment(string? code) => code switch
    {
        "D" => CommentResult.Dat,
        "CD" => CommentResult.ChuaDat,
        _ => null,
    };

    public static Tt27Level? Tt27Level(string? code) => code switch
    {
        "T" => Rules.Grading.Tt27Level.T,
        "H" => Rules.Grading.Tt27Level.H,
        "C" => Rules.Grading.Tt27Level.C,
        _ => null,
    };

    public static Term TermOf(Data.GradingPeriod period) => period switch
    {
        Data.GradingPeriod.Hk1 => Term.Hk1,
        Data.GradingPeriod.Hk2 => Term.Hk2,
        _ => Term.Year,
    };

    /// <summary>"hk1", "hk2", "year" in URLs and JSON.</summary>
    public static Data.GradingPeriod? Period(string? text) => text?.ToLowerInvariant() switch
    {
        "hk1" or "1" => Data.GradingPeriod.Hk1,
        "hk2" or "2" => Data.GradingPeriod.Hk2,
        "year" or "cn" or "3" => Data.GradingPeriod.Year,
        _ => null,
    };

    public static string Of(Data.GradingPeriod period) => period switch
    {
        Data.GradingPeriod.Hk1 => "hk1",
        Data.GradingPeriod.Hk2 => "hk2",
        _ => "year",
    };

    public static string Vi(Data.GradingPeriod period) => period switch
    {
        Data.GradingPeriod.Hk1 => "Học kì I",
        Data.GradingPeriod.Hk2 => "Học kì II",
        _ => "Cả năm",
    };
}

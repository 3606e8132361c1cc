using TruongSo.Rules.Grading;

namespace TruongSo.Web.Modules.Gradebook.Calculator;

/// <summary>The optional "settings" object: each property overrides one default of <see cref="GradingSettings"/>.</summary>
internal static class SettingsReader
{
    public static GradingSettings Read(CalculatorSettings? given, CalculatorErrors errors)
    {
        if (given is null)
        {
            return GradingSettings.Default;
        }
        var d = GradingSettings.Default;
        if (given.MaxAbsences is < 0 or > 400)
        {
            errors.Add("settings.maxAbsences", "Số buổi nghỉ tối đa phải từ 0 đến 400.");
        }
        return new GradingSettings
        {
            YearAverageFrom = Parse(given.YearAverageFrom, d.YearAverageFrom, "settings.yearAverageFrom", errors),
            AdjustTo = Parse(given.AdjustTo, d.AdjustTo, "settings.adjustTo", errors),
            CommentSubjectCanTriggerAdjustment = given.CommentSubjectCanTriggerAdjustment ?? d.CommentSubjectCanTriggerAdjustment,
            WhenConductAndLearningChuaDat = Parse(given.WhenConductAndLearningChuaDat, d.WhenConductAndLearningChuaDat, "settings.whenConductAndLearningChuaDat", errors),
            AwardTitles = given.AwardTitles ?? d.AwardTitles,
            MaxAbsences = given.MaxAbsences ?? d.MaxAbsences,
        };
    }

    private static T Parse<T>(string? text, T fallback, string field, CalculatorErrors errors)
        where T : struct, Enum
    {
        if (text is null)
        {
            return fallback;
        }
        if (Enum.GetNames<T>().FirstOrDefault(n => n.Equals(text, StringComparison.OrdinalIgnoreCase)) is { } name)
        {
            return Enum.Parse<T>(name);
        }
        errors.Add(field, $"Giá trị \"{text}\" không hợp lệ: dùng {string.Join(" hoặc ", Enum.GetNames<T>())}.");
        return fallback;
    }
}

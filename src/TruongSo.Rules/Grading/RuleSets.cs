namespace TruongSo.Rules.Grading;

/// <summary>Which regulation assessed a grade in a school year; a học bạ record carries it (§1.13).</summary>
public enum RuleSet
{
    /// <summary>Thông tư 22/2021 (THCS, THPT).</summary>
    Tt22,

    /// <summary>Thông tư 27/2020 (tiểu học).</summary>
    Tt27,

    /// <summary>Thông tư 58/2011 as amended by 26/2020: legacy, displayed on old records.</summary>
    Tt58,

    /// <summary>Primary before TT27 (TT30/2014, TT22/2016): not computed here.</summary>
    LegacyPrimary,
}

public static class RuleSets
{
    /// <summary>
    /// The roll-out grade by grade: TT22 Điều 21 khoản 1 (grade 6 from 2021–22; 7 and 10 from 2022–23;
    /// 8 and 11 from 2023–24; 9 and 12 from 2024–25) and TT27 (grade 1 from 2020–21, one grade a year).
    /// </summary>
    public static RuleSet For(int schoolYearStartYear, int grade) => grade switch
    {
        >= 1 and <= 5 => schoolYearStartYear >= 2019 + grade ? RuleSet.Tt27 : RuleSet.LegacyPrimary,
        >= 6 and <= 12 => schoolYearStartYear >= Tt22FirstYear(grade) ? RuleSet.Tt22 : RuleSet.Tt58,
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, "Khối lớp phải từ 1 đến 12."),
    };

    private static int Tt22FirstYear(int grade) => grade switch
    {
        6 => 2021,
        7 or 10 => 2022,
        8 or 11 => 2023,
        _ => 2024,
    };
}

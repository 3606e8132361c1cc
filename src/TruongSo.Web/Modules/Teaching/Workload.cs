using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Web.Modules.Teaching;

/// <summary>
/// Định mức tiết dạy (Thông tư 05/2025/TT-BGDĐT): periods a week a full-time teacher teaches,
/// less the reduction for a homeroom class. A teacher's norm is that of the highest grade they teach.
/// </summary>
public static class Workload
{
    /// <summary>Weeks of teaching in a school year (CT GDPT 2018 counts 35).</summary>
    public const int WeeksPerYear = 35;

    public static int NormFor(int grade) => grade switch
    {
        <= 5 => 23,
        <= 9 => 19,
        _ => 17,
    };

    public static int HomeroomReduction(int grade) => grade <= 5 ? 3 : 4;

    /// <summary>Periods a week a subject takes in a grade: its periods per year over 35 weeks, to 2 decimals.</summary>
    public static decimal PeriodsPerWeek(SubjectRef subject, int grade) =>
        subject.PeriodsByGrade.TryGetValue(grade, out var periods) ? Math.Round((decimal)periods / WeeksPerYear, 2) : 0m;
}

using System.Globalization;
using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Web.Modules.Organization.ManageSubjects;

/// <summary>The subject forms' fields, as posted: one box of periods per grade of the school, empty where not taught.</summary>
public sealed class SubjectInput
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public SubjectAssessment Assessment { get; set; }
    public bool IsActive { get; set; } = true;
    public List<GradePeriods> Periods { get; set; } = [];
    public Guid Version { get; set; }

    internal static SubjectInput For(IEnumerable<GradeLevel> grades, SubjectDto? subject = null) => new()
    {
        Code = subject?.Code,
        Name = subject?.Name,
        Assessment = subject?.Assessment ?? SubjectAssessment.Scored,
        IsActive = subject?.IsActive ?? true,
        Version = subject?.Version ?? Guid.Empty,
        Periods = [.. grades.Select(g => new GradePeriods
        {
            Grade = g.Grade,
            Periods = subject?.PeriodsByGrade.TryGetValue(g.Grade, out var p) == true ? p.ToString(CultureInfo.InvariantCulture) : null,
        })],
    };

    /// <summary>Periods by grade, with a field error for a box that holds no whole number.</summary>
    internal Dictionary<int, int> PeriodsByGrade(Dictionary<string, string[]> errors)
    {
        var periods = new Dictionary<int, int>();
        foreach (var row in Periods.Where(r => !string.IsNullOrWhiteSpace(r.Periods)))
        {
            if (int.TryParse(row.Periods, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                periods[row.Grade] = n;
            }
            else
            {
                errors.Add("periodsByGrade", $"Số tiết/năm của khối {row.Grade} phải là một số nguyên.");
            }
        }
        return periods;
    }
}

public sealed class GradePeriods
{
    public int Grade { get; set; }
    public string? Periods { get; set; }
}

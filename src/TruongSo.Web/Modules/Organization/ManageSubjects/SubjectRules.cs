using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Web.Modules.Organization.ManageSubjects;

/// <summary>What adding and editing a subject both check.</summary>
internal static class SubjectRules
{
    public const int MaxPeriods = 500;

    public static string Check(Dictionary<string, string[]> errors, string? name, SubjectAssessment assessment,
        IReadOnlyDictionary<int, int>? periods, int lowest, int highest)
    {
        var trimmed = errors.Text("name", name, 120, "Tên môn học phải có từ 1 đến 120 ký tự.");
        if (!Enum.IsDefined(assessment))
        {
            errors.Add("assessment", "Hình thức đánh giá không hợp lệ.");
        }
        if (periods is null || periods.Count == 0)
        {
            errors.Add("periodsByGrade", "Hãy nhập số tiết/năm cho ít nhất một khối lớp.");
            return trimmed;
        }
        foreach (var (grade, count) in periods.OrderBy(p => p.Key))
        {
            if (grade < lowest || grade > highest)
            {
                errors.Add("periodsByGrade", $"Khối {grade} không thuộc các khối của trường ({lowest}–{highest}).");
            }
            else if (count is < 1 or > MaxPeriods)
            {
                errors.Add("periodsByGrade", $"Số tiết/năm của khối {grade} phải từ 1 đến {MaxPeriods}.");
            }
        }
        return trimmed;
    }

    /// <summary>Codes are how other modules and reports know a subject: upper case letters, digits and _.</summary>
    public static string CheckCode(Dictionary<string, string[]> errors, string? code)
    {
        var upper = (code ?? "").Trim().ToUpperInvariant();
        if (upper.Length is 0 or > 20 || !upper.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_'))
        {
            errors.Add("code", "Mã môn gồm 1 đến 20 chữ cái không dấu, chữ số hoặc dấu _, ví dụ NGOAINGU2.");
        }
        return upper;
    }
}

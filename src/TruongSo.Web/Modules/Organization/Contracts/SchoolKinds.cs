namespace TruongSo.Web.Modules.Organization.Contracts;

/// <summary>Cấp học: which grades a school teaches.</summary>
public enum SchoolLevel { Primary, LowerSecondary, UpperSecondary, MultiLevel }

/// <summary>Loại hình: công lập or tư thục (private, including dân lập).</summary>
public enum SchoolOwnership { Public, Private }

/// <summary>How a subject is assessed (TT22 Điều 5): scores with comments, or comments only (Đạt/Chưa đạt).</summary>
public enum SubjectAssessment { Scored, CommentOnly }

public enum SchoolYearStatus { Planning, Active, Closed }

public static class SchoolLevels
{
    public static (int Lowest, int Highest) DefaultGrades(SchoolLevel level) => level switch
    {
        SchoolLevel.Primary => (1, 5),
        SchoolLevel.LowerSecondary => (6, 9),
        SchoolLevel.UpperSecondary => (10, 12),
        _ => (1, 12),
    };

    public static string Name(SchoolLevel level) => level switch
    {
        SchoolLevel.Primary => "Tiểu học",
        SchoolLevel.LowerSecondary => "THCS",
        SchoolLevel.UpperSecondary => "THPT",
        _ => "Liên cấp",
    };
}

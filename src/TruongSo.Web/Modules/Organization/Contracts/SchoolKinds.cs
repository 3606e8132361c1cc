using System.Text.Json.Serialization;

namespace TruongSo.Web.Modules.Organization.Contracts;

// Enums travel as their names in JSON ("LowerSecondary", not 1), as OrgUnitDto.Kind does.

/// <summary>Cấp học: which grades a school teaches.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SchoolLevel>))]
public enum SchoolLevel { Primary, LowerSecondary, UpperSecondary, MultiLevel }

/// <summary>Loại hình: công lập or tư thục (private, including dân lập).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SchoolOwnership>))]
public enum SchoolOwnership { Public, Private }

/// <summary>How a subject is assessed (TT22 Điều 5): scores with comments, or comments only (Đạt/Chưa đạt).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SubjectAssessment>))]
public enum SubjectAssessment { Scored, CommentOnly }

[JsonConverter(typeof(JsonStringEnumConverter<SchoolYearStatus>))]
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

/// <summary>Vietnamese names of the other kinds, as pages and reports show them.</summary>
public static class SchoolKindNames
{
    public static string Of(SchoolOwnership ownership) => ownership == SchoolOwnership.Public ? "Công lập" : "Tư thục";

    public static string Of(SubjectAssessment assessment) => assessment == SubjectAssessment.Scored ? "Điểm số và nhận xét" : "Nhận xét";

    public static string Of(SchoolYearStatus status) => status switch
    {
        SchoolYearStatus.Planning => "Đang chuẩn bị",
        SchoolYearStatus.Active => "Đang diễn ra",
        _ => "Đã kết thúc",
    };
}

namespace TruongSo.Web.Modules.Organization.Contracts;

public sealed record GradeLevel(int Grade, string Name);

/// <summary>Khối lớp: the grades a school teaches are its range (SchoolInfo), not a table.</summary>
public static class GradeLevels
{
    public const int Lowest = 1;
    public const int Highest = 12;

    public static string Name(int grade) => $"Lớp {grade}";

    public static IReadOnlyList<GradeLevel> Between(int lowest, int highest) =>
        [.. Enumerable.Range(lowest, Math.Max(0, highest - lowest + 1)).Select(g => new GradeLevel(g, Name(g)))];

    public static IReadOnlyList<GradeLevel> Of(SchoolInfo school) => Between(school.LowestGrade, school.HighestGrade);
}

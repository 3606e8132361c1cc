namespace TruongSo.Web.Modules.Organization.Contracts;

public sealed record SchoolInfo(Guid Id, string Code, string Name, Guid? ProvinceId, SchoolLevel Level, int LowestGrade, int HighestGrade);

public sealed record SchoolYearRef(Guid Id, Guid SchoolId, string Name, int StartYear,
    DateOnly Term1Start, DateOnly Term1End, DateOnly Term2Start, DateOnly Term2End, SchoolYearStatus Status);

public sealed record ClassRef(Guid Id, Guid SchoolId, Guid SchoolYearId, int Grade, string Name, string? Room);

public sealed record SubjectRef(Guid Id, Guid SchoolId, string Code, string Name, SubjectAssessment Assessment, IReadOnlyDictionary<int, int> PeriodsByGrade);

/// <summary>What other modules may read of a school's structure: its years, classes and subjects.</summary>
public interface ISchoolStructure
{
    Task<SchoolInfo?> SchoolAsync(Guid schoolId, CancellationToken ct = default);

    Task<SchoolYearRef?> YearAsync(Guid schoolYearId, CancellationToken ct = default);

    /// <summary>The active year, else the newest one; null when the school has none yet.</summary>
    Task<SchoolYearRef?> CurrentYearAsync(Guid schoolId, CancellationToken ct = default);

    /// <summary>Every school year of the school, newest first.</summary>
    Task<IReadOnlyList<SchoolYearRef>> YearsAsync(Guid schoolId, CancellationToken ct = default);

    Task<ClassRef?> ClassAsync(Guid classId, CancellationToken ct = default);

    /// <summary>By grade, then by name in natural order (6A2 before 6A10).</summary>
    Task<IReadOnlyList<ClassRef>> ClassesAsync(Guid schoolYearId, CancellationToken ct = default);

    /// <summary>Several classes by id in one query (a page of students shows each one's class).</summary>
    Task<IReadOnlyList<ClassRef>> ClassesAsync(IReadOnlyCollection<Guid> classIds, CancellationToken ct = default);

    Task<SubjectRef?> SubjectAsync(Guid subjectId, CancellationToken ct = default);

    /// <summary>The subjects the school teaches (active ones), in its own order; SubjectAsync also finds retired ones.</summary>
    Task<IReadOnlyList<SubjectRef>> SubjectsAsync(Guid schoolId, CancellationToken ct = default);

    /// <summary>
    /// The year-end roll-over's first half: creates the next school year (if missing) and, for each
    /// class below the school's top grade, its successor a grade up (7A1 → 8A1). Returns each old
    /// class id with its successor's id. Idempotent. Saves through the caller's unit of work.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, Guid>> PrepareNextYearAsync(Guid schoolYearId, CancellationToken ct = default);
}

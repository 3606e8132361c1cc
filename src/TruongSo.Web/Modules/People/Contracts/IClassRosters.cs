namespace TruongSo.Web.Modules.People.Contracts;

/// <summary>A student's stay in a class: <see cref="To"/> is null while they still sit there.</summary>
public sealed record RosterEntry(Guid StudentId, string StudentCode, string FullName, string SortKey,
    DateOnly DateOfBirth, Gender Gender, DateOnly From, DateOnly? To);

/// <summary>Who sits (or sat) in a class: what the gradebook and attendance list row by row.</summary>
public interface IClassRosters
{
    /// <summary>Everyone placed in the class during its year, in Vietnamese order; no permission check (the caller checks).</summary>
    Task<IReadOnlyList<RosterEntry>> ForClassAsync(Guid classId, CancellationToken ct = default);

    /// <summary>The same for several classes in one query, keyed by class.</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<RosterEntry>>> ForClassesAsync(IReadOnlyCollection<Guid> classIds, CancellationToken ct = default);
}

/// <summary>A child as their family sees them: where they study now.</summary>
public sealed record ChildRef(Guid StudentId, string StudentCode, string FullName, Guid SchoolId, DateOnly DateOfBirth, string Relation);

/// <summary>Which students a parent or student account may see: their own children, or themselves.</summary>
public interface IFamilyLinks
{
    /// <summary>The guardian's linked children, or the student's own record; empty for anyone else.</summary>
    Task<IReadOnlyList<ChildRef>> ChildrenOfAsync(Guid userId, CancellationToken ct = default);
}

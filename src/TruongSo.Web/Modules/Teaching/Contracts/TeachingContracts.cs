namespace TruongSo.Web.Modules.Teaching.Contracts;

public sealed record AssignmentRef(Guid Id, Guid ClassId, Guid? SubjectId, int Term, Guid StaffId, bool IsHomeroom);

/// <summary>What other modules (the gradebook, attendance) may ask of teaching assignments.</summary>
public interface ITeachingAssignments
{
    /// <summary>Assignments of a class: who teaches what, and who is its homeroom teacher.</summary>
    Task<IReadOnlyList<AssignmentRef>> ForClassAsync(Guid classId, CancellationToken ct = default);

    /// <summary>Every assignment of a school year, in one query.</summary>
    Task<IReadOnlyList<AssignmentRef>> ForYearAsync(Guid schoolYearId, CancellationToken ct = default);
}

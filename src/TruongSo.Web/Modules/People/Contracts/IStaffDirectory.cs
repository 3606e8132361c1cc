namespace TruongSo.Web.Modules.People.Contracts;

public sealed record StaffRef(Guid Id, Guid SchoolId, string StaffCode, string FullName, Guid? UserId, string Position, StaffStatus Status);

/// <summary>What other modules may read of staff: who a signed-in user is as a member of staff.</summary>
public interface IStaffDirectory
{
    Task<StaffRef?> FindAsync(Guid staffId, CancellationToken ct = default);

    /// <summary>Several at once (one query), e.g. the names on a workload table.</summary>
    Task<IReadOnlyList<StaffRef>> FindManyAsync(IReadOnlyCollection<Guid> staffIds, CancellationToken ct = default);

    /// <summary>Staff of a school who are still working there, in Vietnamese name order.</summary>
    Task<IReadOnlyList<StaffRef>> WorkingAtAsync(Guid schoolId, CancellationToken ct = default);

    /// <summary>The staff records linked to a sign-in account (one per school the person works in).</summary>
    Task<IReadOnlyList<StaffRef>> ByUserAsync(Guid userId, CancellationToken ct = default);
}

namespace TruongSo.Web.Modules.People.Contracts;

public sealed record StaffRef(Guid Id, Guid SchoolId, string StaffCode, string FullName, Guid? UserId, string Position, StaffStatus Status);

/// <summary>What other modules may read of staff: who a signed-in user is as a member of staff.</summary>
public interface IStaffDirectory
{
    Task<StaffRef?> FindAsync(Guid staffId, CancellationToken ct = default);

    /// <summary>The staff records linked to a sign-in account (one per school the person works in).</summary>
    Task<IReadOnlyList<StaffRef>> ByUserAsync(Guid userId, CancellationToken ct = default);
}

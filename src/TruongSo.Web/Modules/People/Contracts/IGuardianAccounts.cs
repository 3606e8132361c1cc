namespace TruongSo.Web.Modules.People.Contracts;

/// <summary>
/// The sign-in accounts of a student's family: guardians linked to the student who have an
/// account, and the student's own account. Used to tell families things (attendance alerts,
/// absence decisions); no permission check (the caller decides who is told).
/// </summary>
public interface IGuardianAccounts
{
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>> AccountsOfAsync(IReadOnlyCollection<Guid> studentIds, CancellationToken ct = default);
}

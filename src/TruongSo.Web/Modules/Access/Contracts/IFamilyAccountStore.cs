namespace TruongSo.Web.Modules.Access.Contracts;

public sealed record AccountSummary(Guid Id, string UserName, string FullName, IReadOnlyList<string> Roles);

/// <summary>
/// What the contact book needs of Access to open and activate parents' accounts (username = phone):
/// find an account by its username, grant a role on one more school, and set the password the
/// owner chose when they activate it.
/// </summary>
public interface IFamilyAccountStore
{
    Task<AccountSummary?> FindByUserNameAsync(string userName, CancellationToken ct = default);

    /// <summary>Idempotent; audited; saved at once.</summary>
    Task GrantAsync(Guid userId, string role, Guid orgUnitId, CancellationToken ct = default);

    /// <summary>
    /// Replaces the password (the owner's first one), clears any lock-out and signs out other
    /// sessions; saves the caller's unit of work with it. Vietnamese messages keyed "password" on failure.
    /// </summary>
    Task<Dictionary<string, string[]>> SetPasswordAsync(Guid userId, string password, CancellationToken ct = default);
}

namespace TruongSo.Web.Modules.Access.Contracts;

public sealed record AccountRequest(string UserName, string FullName, string? Password, string Role, Guid OrgUnitId, string? Email = null, string? PhoneNumber = null);

public sealed record ProvisionedAccount(Guid Id, string UserName, string? GeneratedPassword);

/// <summary>How other modules open a sign-in account with its first role (staff accounts, later parents').</summary>
public interface IAccountProvisioning
{
    /// <returns>The account, or Vietnamese messages keyed by field (userName, password, role, orgUnitId, fullName).</returns>
    Task<(ProvisionedAccount? Account, Dictionary<string, string[]> Errors)> CreateAsync(AccountRequest request, CancellationToken ct = default);

    /// <summary>
    /// Removes every role the user holds on the unit (a teacher who leaves the school), with an
    /// audit entry, in the caller's unit of work: it takes effect when the caller saves, and at
    /// once from then on, since grants are read on every request.
    /// </summary>
    Task RevokeAllOnAsync(Guid userId, Guid orgUnitId, string reason, CancellationToken ct = default);
}

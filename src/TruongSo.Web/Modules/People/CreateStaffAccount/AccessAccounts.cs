using TruongSo.Web.Modules.Access.Contracts;

namespace TruongSo.Web.Modules.People.CreateStaffAccount;

public sealed record NewAccount(Guid Id, string UserName, string? GeneratedPassword);

/// <summary>The one place People asks Access for an account.</summary>
public sealed class AccessAccounts(IAccountProvisioning accounts)
{
    public async Task<(NewAccount? Account, Dictionary<string, string[]> Errors)> CreateAsync(
        string userName, string fullName, string? password, string role, Guid schoolId, string? email, string? phone, CancellationToken ct)
    {
        var (created, errors) = await accounts.CreateAsync(new AccountRequest(userName, fullName, password, role, schoolId, email, phone), ct);
        return (created is null ? null : new NewAccount(created.Id, created.UserName, created.GeneratedPassword), errors);
    }
}

using TruongSo.Web.Modules.Access.Contracts;

namespace TruongSo.Web.Modules.Access.ManageUsers;

internal sealed class AccountProvisioning(CreateUser createUser) : IAccountProvisioning
{
    public async Task<(ProvisionedAccount? Account, Dictionary<string, string[]> Errors)> CreateAsync(AccountRequest r, CancellationToken ct = default)
    {
        var (created, errors) = await createUser.HandleAsync(new CreateUserRequest(r.UserName, r.FullName, r.Password, r.Role, r.OrgUnitId, r.Email, r.PhoneNumber), ct);
        return (created is null ? null : new ProvisionedAccount(created.Id, created.UserName, created.GeneratedPassword), errors);
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TruongSo.Web.Demo;
using TruongSo.Web.Modules.Access.Data;
using TruongSo.Web.Modules.Access.ManageUsers;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.ManageOrgUnits;

namespace TruongSo.Tests.Infrastructure;

public sealed record TestUser(Guid Id, string UserName, string Password);

/// <summary>Each test makes its own province, schools and people, so no test reads another's rows.</summary>
/// <remarks>Modules add their own builders as extension methods in Infrastructure/&lt;Module&gt;Data.cs.</remarks>
public sealed class SchoolData(TestApp app)
{
    public TestApp App => app;

    public const string Password = "Test@12345";
    private static int counter;

    public static string Unique(string prefix) => $"{prefix}{Interlocked.Increment(ref counter):D4}{Random.Shared.Next(1000, 9999)}";

    public Task<OrgUnitRef> MinistryAsync() => app.WithServicesAsync(async sp =>
    {
        var id = await sp.GetRequiredService<AdminAccount>().MinistryAsync(default);
        return (await sp.GetRequiredService<IOrgDirectory>().FindAsync(id))!;
    });

    public async Task<OrgUnitRef> ProvinceAsync(string? name = null)
    {
        var ministry = await MinistryAsync();
        return await app.WithServicesAsync(sp =>
            CreateAsync(sp, new CreateOrgUnitRequest(OrgUnitKind.Province, Unique("P"), name ?? "Tỉnh Thử Nghiệm", ministry.Id)));
    }

    public async Task<OrgUnitRef> SchoolAsync(OrgUnitRef? province = null, string? name = null)
    {
        province ??= await ProvinceAsync();
        return await app.WithServicesAsync(sp =>
            CreateAsync(sp, new CreateOrgUnitRequest(OrgUnitKind.School, Unique("S"), name ?? "Trường THCS Thử Nghiệm", province.Id)));
    }

    public Task<TestUser> UserAsync(string role, OrgUnitRef unit, string? fullName = null) => app.WithServicesAsync(async sp =>
    {
        var userName = Unique(role.Replace("-", "", StringComparison.Ordinal)).ToLowerInvariant();
        var (user, errors) = await sp.GetRequiredService<CreateUser>()
            .HandleAsync(new CreateUserRequest(userName, fullName ?? "Nguyễn Văn Thử", Password, role, unit.Id));
        return user is null
            ? throw new InvalidOperationException(string.Join(" ", errors.SelectMany(e => e.Value)))
            : new TestUser(user.Id, user.UserName, Password);
    });

    /// <summary>Turns on authenticator 2FA the way the set-up page does; returns the shared key.</summary>
    public Task<string> EnableTwoFactorAsync(TestUser user) => app.WithServicesAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var account = await users.FindByIdAsync(user.Id.ToString()) ?? throw new InvalidOperationException("no such user");
        await users.ResetAuthenticatorKeyAsync(account);
        await users.SetTwoFactorEnabledAsync(account, true);
        return (await users.GetAuthenticatorKeyAsync(account))!;
    });

    private static async Task<OrgUnitRef> CreateAsync(IServiceProvider sp, CreateOrgUnitRequest request)
    {
        var (unit, errors) = await sp.GetRequiredService<CreateOrgUnit>().HandleAsync(request);
        return unit ?? throw new InvalidOperationException(string.Join(" ", errors.SelectMany(e => e.Value)));
    }
}

using Microsoft.AspNetCore.Identity;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Access.Data;
using TruongSo.Web.Modules.Access.IssueToken;
using TruongSo.Web.Modules.Access.ManageUsers;
using TruongSo.Web.Modules.Access.Me;
using TruongSo.Web.Modules.Access.SignIn;
using TruongSo.Web.Modules.Access.ViewAuditLog;

namespace TruongSo.Web.Modules.Access;

public static class AccessModule
{
    public static IServiceCollection AddAccess(this IServiceCollection services)
    {
        services.AddScoped<IAccessPolicy, AccessPolicy>();
        services.AddScoped<IUserClaimsPrincipalFactory<AppUser>, AppClaimsFactory>(); // the full name in the cookie
        services.AddScoped<GrantRole>();
        services.AddScoped<CreateUser>();
        services.AddScoped<ResetPassword>();
        services.AddScoped<IAccountProvisioning, AccountProvisioning>();
        services.AddScoped<IFamilyAccountStore, FamilyAccountStore>();
        return services;
    }

    public static WebApplication MapAccess(this WebApplication app)
    {
        app.UseGrantsWarmedForPages();
        app.MapGroup("/api/v1/auth").WithTags("Xác thực").MapTokenEndpoints();
        var api = app.MapGroup("/api/v1").WithTags("Tài khoản").RequireAuthorization();
        api.MapMeEndpoint();
        api.MapAuditEndpoints();
        app.MapGroup("/api/v1/users").WithTags("Người dùng").RequireAuthorization().MapUserEndpoints();
        app.MapSignOutEndpoint();
        return app;
    }
}

using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.ManageOrgUnits;
using TruongSo.Web.Modules.Organization.ViewOrgUnits;

namespace TruongSo.Web.Modules.Organization;

public static class OrganizationModule
{
    public static IServiceCollection AddOrganization(this IServiceCollection services)
    {
        services.AddScoped<IOrgDirectory, OrgDirectory>();
        services.AddScoped<CreateOrgUnit>();
        services.AddSingleton<Platform.Hosting.IStartupTask, OrganizationStartup>();
        return services;
    }

    public static WebApplication MapOrganization(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/org-units").WithTags("Đơn vị").RequireAuthorization();
        api.MapOrgUnitEndpoints();
        return app;
    }
}

using TruongSo.Web.Modules.People.ImportExport;

namespace TruongSo.Web.Modules.People;

public static class PeopleModule
{
    public static IServiceCollection AddPeople(this IServiceCollection services)
    {
        services.AddPeopleImportExport();
        return services;
    }

    public static WebApplication MapPeople(this WebApplication app)
    {
        app.MapPeopleImportExport();
        return app;
    }
}

namespace TruongSo.Web.Modules.People;

public static class PeopleModule
{
    public static IServiceCollection AddPeople(this IServiceCollection services) => services;

    public static WebApplication MapPeople(this WebApplication app) => app;
}

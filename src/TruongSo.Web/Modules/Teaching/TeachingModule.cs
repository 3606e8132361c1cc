namespace TruongSo.Web.Modules.Teaching;

public static class TeachingModule
{
    public static IServiceCollection AddTeaching(this IServiceCollection services) => services;

    public static WebApplication MapTeaching(this WebApplication app) => app;
}

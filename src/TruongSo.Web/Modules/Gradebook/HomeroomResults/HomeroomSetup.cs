using TruongSo.Web.Components;
using TruongSo.Web.Modules.Access.Contracts;

namespace TruongSo.Web.Modules.Gradebook.HomeroomResults;

public static class HomeroomSetup
{
    public static IServiceCollection AddHomeroomResults(this IServiceCollection services)
    {
        services.AddScoped<HomeroomGate>();
        services.AddScoped<ClassResultsQuery>();
        services.AddScoped<RecordHomeroom>();
        services.AddScoped<RecordSummer>();
        services.AddScoped<CloseHomeroom>();
        services.AddNavLink("Lớp chủ nhiệm", "/chu-nhiem", "Rèn luyện, kết quả học tập, lên lớp và khen thưởng của lớp bạn chủ nhiệm.", 60, Roles.Teacher);
        return services;
    }

    public static WebApplication MapHomeroomResults(this WebApplication app)
    {
        app.MapGroup("/api/v1/gradebook").WithTags("Sổ điểm").RequireAuthorization().MapHomeroomEndpoints();
        return app;
    }
}

using TruongSo.Web.Components;
using TruongSo.Web.Modules.Access.Contracts;

namespace TruongSo.Web.Modules.Gradebook.ProvinceSettings;

public static class ProvinceSettingsSetup
{
    public static IServiceCollection AddProvinceSettings(this IServiceCollection services)
    {
        services.AddScoped<ProvinceSettingsHandler>();
        services.AddNavLink("Cách tính điểm của tỉnh", "/so-diem/cai-dat", "Lựa chọn của Sở ở những điểm quy định chưa rõ: điểm cả năm, điều chỉnh mức, kì hè, danh hiệu.", 70,
            Roles.SystemAdmin, Roles.ProvinceOfficer);
        return services;
    }

    public static WebApplication MapProvinceSettings(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/gradebook/settings").WithTags("Sổ điểm").RequireAuthorization();
        api.MapGet("/{provinceId:guid}", async (Guid provinceId, HttpContext http, ProvinceSettingsHandler handler, CancellationToken ct) =>
                (await handler.ReadAsync(http.User, provinceId, ct)).ToResult(Results.Ok))
            .WithSummary("Cách tính điểm của tỉnh ở những điểm quy định chưa rõ (mặc định theo hợp đồng của công cụ tính điểm)");
        api.MapPut("/{provinceId:guid}", async (Guid provinceId, SettingsInput input, HttpContext http, ProvinceSettingsHandler handler, CancellationToken ct) =>
                (await handler.ChangeAsync(http.User, provinceId, input, ct)).ToResult(Results.Ok))
            .WithSummary("Sở GD&ĐT chọn cách tính ở từng điểm; các trường của tỉnh tính theo đó");
        return app;
    }
}

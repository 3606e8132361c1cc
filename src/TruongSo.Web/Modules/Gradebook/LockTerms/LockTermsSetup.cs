using TruongSo.Web.Components;
using TruongSo.Web.Modules.Access.Contracts;

namespace TruongSo.Web.Modules.Gradebook.LockTerms;

public static class LockTermsSetup
{
    public static IServiceCollection AddLockTerms(this IServiceCollection services)
    {
        services.AddScoped<PrincipalGate>();
        services.AddScoped<SheetStates>();
        services.AddScoped<LockPeriod>();
        services.AddScoped<RequestUnlock>();
        services.AddScoped<UnlockRequests>();
        services.AddScoped<DecideUnlock>();
        services.AddScoped<RecordExemption>();
        services.AddNavLink("Khoá sổ điểm", "/so-diem/khoa-so", "Tình trạng sổ điểm của các lớp, khoá sổ theo kì, duyệt đề nghị mở khoá.", 65,
            Roles.SystemAdmin, Roles.Principal);
        return services;
    }

    public static WebApplication MapLockTerms(this WebApplication app)
    {
        app.MapGroup("/api/v1/gradebook").WithTags("Sổ điểm").RequireAuthorization().MapLockTermsEndpoints();
        return app;
    }
}

using TruongSo.Web.Components;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Privacy.Consent;
using TruongSo.Web.Modules.People.Privacy.ViewLog;

namespace TruongSo.Web.Modules.People.Privacy;

/// <summary>
/// Nghị định 13/2023 on personal data, for children: consent per purpose from the guardian (and
/// the child from age 7), with withdrawal and its history; a log of every staff view of a child's data.
/// </summary>
public static class PrivacySetup
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddScoped<ConsentBook>().AddScoped<FamilyConsents>().AddScoped<StaffConsents>().AddScoped<ViewLogQuery>();
        services.AddScoped<IStudentDataViews, StudentDataViews>();
        services.AddNavLink("Dữ liệu cá nhân", "/quyen-rieng-tu/dong-y", "Sự đồng ý xử lý dữ liệu của học sinh theo lớp và nhật ký xem dữ liệu.", 220,
            Roles.SystemAdmin, Roles.Principal, Roles.SchoolAdmin);
        return services;
    }

    public static WebApplication MapPrivacy(this WebApplication app)
    {
        app.MapGroup("/api/v1/portal/children/{studentId:guid}").WithTags("Cổng gia đình").RequireAuthorization().MapFamilyPrivacy();
        app.MapGroup("/api/v1").WithTags("Dữ liệu cá nhân").RequireAuthorization().MapStaffPrivacy();
        return app;
    }
}

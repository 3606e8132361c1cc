using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TruongSo.Web.Modules.ContactBook.Reach;

/// <summary>What the contact-book features share (idempotent, so each feature's setup may call it).</summary>
public static class ReachSetup
{
    public static IServiceCollection AddContactBookReach(this IServiceCollection services)
    {
        services.TryAddScoped<FamilyReach>();
        services.TryAddScoped<ClassTeachers>();
        services.AddOptions<ContactBookLimits>().BindConfiguration("ContactBook");
        return services;
    }

    /// <summary>/api/v1/portal/children/{studentId}: every door below it first checks the child is the caller's own (FamilyReach).</summary>
    public static RouteGroupBuilder PortalChild(this WebApplication app) =>
        app.MapGroup("/api/v1/portal/children/{studentId:guid}").WithTags("Cổng phụ huynh").RequireAuthorization();

    public static RouteGroupBuilder StaffContactBook(this WebApplication app) =>
        app.MapGroup("/api/v1/contact-book").WithTags("Sổ liên lạc").RequireAuthorization();
}

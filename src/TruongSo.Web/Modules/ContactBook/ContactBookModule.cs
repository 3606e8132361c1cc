using TruongSo.Web.Modules.ContactBook.Contracts;
using TruongSo.Web.Modules.ContactBook.PortalResults;

namespace TruongSo.Web.Modules.ContactBook;

/// <summary>
/// The electronic contact book (sổ liên lạc điện tử): family accounts and the portal, announcements,
/// parent–teacher messages, the periodic report to parents, and notifications through an outbox.
/// One line per feature here, so that features stay in their own folders.
/// </summary>
public static class ContactBookModule
{
    public static IServiceCollection AddContactBook(this IServiceCollection services)
    {
        services.AddScoped<INotifications, NotificationsNotYetDelivered>();
        services.AddPortalResults();
        return services;
    }

    public static WebApplication MapContactBook(this WebApplication app)
    {
        app.MapPortalResults();
        return app;
    }
}

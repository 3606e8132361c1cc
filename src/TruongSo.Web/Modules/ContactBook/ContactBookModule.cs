using TruongSo.Web.Modules.ContactBook.Contracts;
using TruongSo.Web.Modules.ContactBook.FamilyAccounts;
using TruongSo.Web.Modules.ContactBook.Portal;

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
        services.AddFamilyAccounts();
        services.AddPortal();
        return services;
    }

    public static WebApplication MapContactBook(this WebApplication app)
    {
        app.MapFamilyAccounts();
        app.MapPortal();
        return app;
    }
}

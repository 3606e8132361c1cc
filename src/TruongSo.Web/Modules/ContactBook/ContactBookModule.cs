using TruongSo.Web.Modules.ContactBook.Announcements;
using TruongSo.Web.Modules.ContactBook.FamilyAccounts;
using TruongSo.Web.Modules.ContactBook.Messages;
using TruongSo.Web.Modules.ContactBook.Notifications;
using TruongSo.Web.Modules.ContactBook.Portal;
using TruongSo.Web.Modules.ContactBook.PortalResults;
using TruongSo.Web.Modules.ContactBook.ReportCard;

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
        services.AddNotifications();
        services.AddFamilyAccounts();
        services.AddPortal();
        services.AddPortalResults();
        services.AddAnnouncements();
        services.AddMessages();
        services.AddReportCards();
        return services;
    }

    public static WebApplication MapContactBook(this WebApplication app)
    {
        app.MapNotifications();
        app.MapFamilyAccounts();
        app.MapPortal();
        app.MapPortalResults();
        app.MapAnnouncements();
        app.MapMessages();
        app.MapReportCards();
        return app;
    }
}

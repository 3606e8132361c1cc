using TruongSo.Web.Components;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.ContactBook.Reach;
using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.ContactBook.Announcements;

/// <summary>Announcements to a class, a grade or the school, with read receipts: staff under /lien-lac, families under /gia-dinh/{child}/thong-bao.</summary>
public static class AnnouncementsSetup
{
    public static IServiceCollection AddAnnouncements(this IServiceCollection services)
    {
        services.AddContactBookReach();
        services.AddScoped<AnnouncementAudience>().AddScoped<AnnouncementTargets>().AddScoped<PublishAnnouncement>().AddScoped<SentAnnouncements>().AddScoped<FamilyAnnouncements>();
        services.AddNavLink("Sổ liên lạc", "/lien-lac", "Thông báo tới phụ huynh, tin nhắn với gia đình học sinh, phiếu liên lạc.", 320,
            Roles.Principal, Roles.SchoolAdmin, Roles.Teacher);
        return services;
    }

    public static WebApplication MapAnnouncements(this WebApplication app)
    {
        var staff = app.StaffContactBook();
        staff.MapPost("/announcements", async (PublishRequest request, HttpContext http, PublishAnnouncement handler, CancellationToken ct) =>
                (await handler.HandleAsync(http.User, request, ct)).ToResult(a => Results.Created($"/api/v1/contact-book/announcements/{a.Id}", a)))
            .WithSummary("Gửi thông báo tới phụ huynh và học sinh của một lớp (audience=class), một khối (grade) hoặc toàn trường (school)");
        staff.MapGet("/announcements", async (Guid schoolId, HttpContext http, SentAnnouncements handler, CancellationToken ct) =>
                Results.Ok(await handler.ListAsync(http.User, schoolId, ct: ct)))
            .WithSummary("Các thông báo đã gửi (của mình; cả trường với quyền gửi thông báo), kèm số người đã đọc");
        staff.MapGet("/announcements/{id:guid}", async (Guid id, HttpContext http, SentAnnouncements handler, CancellationToken ct) =>
                await handler.ReceiptsAsync(http.User, id, ct) is { } r ? Results.Ok(r) : Problems.NotFound("thông báo này"))
            .WithSummary("Một thông báo đã gửi: đã đọc X/Y và những ai chưa đọc");

        var portal = app.PortalChild();
        portal.MapGet("/announcements", async (Guid studentId, HttpContext http, FamilyAnnouncements handler, CancellationToken ct) =>
                await handler.ListAsync(http.User, studentId, markRead: false, ct: ct) is { } list ? Results.Ok(list) : Problems.NotFound("học sinh này"))
            .WithSummary("Thông báo nhà trường gửi tới gia đình qua học sinh này (mới nhất trước); readAt cho biết đã đọc chưa");
        portal.MapGet("/announcements/{id:guid}", async (Guid studentId, Guid id, HttpContext http, FamilyAnnouncements handler, CancellationToken ct) =>
                await handler.ReadAsync(http.User, studentId, id, ct) is { } a ? Results.Ok(a) : Problems.NotFound("thông báo này"))
            .WithSummary("Đọc một thông báo (ghi nhận đã đọc)");
        return app;
    }
}

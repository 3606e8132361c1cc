using TruongSo.Web.Components;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.ContactBook.Portal;

/// <summary>The parent and student portal's shell: the children, each child's home, and where a family lands after signing in.</summary>
public static class PortalSetup
{
    public const string Home = "/gia-dinh";

    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.AddScoped<PortalChildren>();
        services.AddNavLink("Gia đình", Home, "Các con ở mọi trường: kết quả học tập, chuyên cần, thông báo, tin nhắn.", 250, Roles.Parent, Roles.Student);
        return services;
    }

    public static WebApplication MapPortal(this WebApplication app)
    {
        app.UseFamilyLanding();
        var api = app.MapGroup("/api/v1/portal").WithTags("Cổng phụ huynh, học sinh").RequireAuthorization();
        api.MapGet("/children", async (HttpContext http, PortalChildren handler, CancellationToken ct) => Results.Ok(await handler.ListAsync(http.User, ct)))
            .WithSummary("Các con của phụ huynh đang đăng nhập ở mọi trường (hoặc chính học sinh đang đăng nhập): lớp, trường, đường dẫn tới từng mục");
        api.MapGet("/children/{studentId:guid}", async (Guid studentId, HttpContext http, PortalChildren handler, CancellationToken ct) =>
                await handler.FindAsync(http.User, studentId, ct) is { } child ? Results.Ok(child) : Problems.NotFound("học sinh này"))
            .WithSummary("Một con của phụ huynh đang đăng nhập; 404 cho học sinh không liên kết với tài khoản");
        return app;
    }

    /// <summary>A parent or student who opens the home page (as after signing in) lands on the family page instead.</summary>
    private static void UseFamilyLanding(this WebApplication app) => app.Use(async (http, next) =>
    {
        if (http.Request.Path == "/" && HttpMethods.IsGet(http.Request.Method) && http.User.Identity?.IsAuthenticated == true)
        {
            var grants = await http.RequestServices.GetRequiredService<IAccessPolicy>().GrantsAsync(http.User, http.RequestAborted);
            if (grants.Count > 0 && grants.All(g => g.Role is Roles.Parent or Roles.Student))
            {
                http.Response.Redirect(Home);
                return;
            }
        }
        await next(http);
    });
}

using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using TruongSo.Web.Components;
using TruongSo.Web.Modules.Access.Contracts;

namespace TruongSo.Web.Modules.ContactBook.FamilyAccounts;

/// <summary>Parents' accounts made by the school from its guardian records, activated with a one-time code.</summary>
public static class FamilyAccountsSetup
{
    /// <summary>The platform's rate limiter, per client address, on activation posts (page and API).</summary>
    public const string ActivationLimit = "family-activation";

    public static IServiceCollection AddFamilyAccounts(this IServiceCollection services)
    {
        services.AddOptions<FamilyAccountsOptions>().BindConfiguration("FamilyAccounts");
        services.AddSingleton<ActivationThrottle>();
        services.AddScoped<ClassGate>().AddScoped<ClassFamilyAccounts>().AddScoped<IssueCodes>().AddScoped<ActivateAccount>();
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(ActivationLimit, ctx => HttpMethods.IsGet(ctx.Request.Method)
            ? RateLimitPartition.GetNoLimiter("read")
            : RateLimitPartition.GetFixedWindowLimiter(ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = ctx.RequestServices.GetRequiredService<IOptions<FamilyAccountsOptions>>().Value.AttemptsPerClientPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            })));
        services.AddNavLink("Tài khoản phụ huynh", "/lien-lac/tai-khoan-phu-huynh", "Tạo tài khoản cho phụ huynh theo lớp và in mã kích hoạt.", 520,
            Roles.SystemAdmin, Roles.Principal, Roles.SchoolAdmin);
        return services;
    }

    public static WebApplication MapFamilyAccounts(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/contactbook/family-accounts").WithTags("Sổ liên lạc: tài khoản phụ huynh");
        api.MapGet("/", async (Guid classId, HttpContext http, ClassFamilyAccounts handler, CancellationToken ct) =>
                (await handler.HandleAsync(http.User, classId, ct)).Answer())
            .RequireAuthorization()
            .WithSummary("Người giám hộ của một lớp và tình trạng tài khoản của họ (chưa có, chờ kích hoạt, đã kích hoạt)");
        api.MapPost("/codes", async (IssueCodesRequest request, HttpContext http, IssueCodes handler, CancellationToken ct) =>
                (await handler.HandleAsync(http.User, request, ct)).Answer())
            .RequireAuthorization()
            .WithSummary("Tạo tài khoản (tên đăng nhập = số điện thoại) và cấp mã kích hoạt dùng một lần cho người giám hộ của lớp; mã chỉ trả về lần này");
        api.MapPost("/activate", async (ActivateRequest request, ActivateAccount handler, CancellationToken ct) =>
                (await handler.HandleAsync(request, ct)).Answer())
            .AllowAnonymous().RequireRateLimiting(ActivationLimit)
            .WithSummary("Phụ huynh kích hoạt tài khoản bằng số điện thoại, mã nhà trường cấp và mật khẩu mới");
        return app;
    }
}

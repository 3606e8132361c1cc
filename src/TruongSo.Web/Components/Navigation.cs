using TruongSo.Web.Modules.Access.Contracts;

namespace TruongSo.Web.Components;

/// <summary>A link in the menu or a card on a dashboard, shown to the roles that can use it.</summary>
public sealed record NavLinkItem(string Title, string Href, string Description, IReadOnlySet<string> Roles, int Order = 100);

/// <summary>
/// The menu by role. Each module registers its own links (<see cref="NavigationRegistration.AddNavLink"/>),
/// so that each user sees only the jobs they have: a parent never meets the timetable editor.
/// </summary>
public sealed class Navigation(IEnumerable<NavLinkItem> registered)
{
    public static readonly IReadOnlySet<string> Everyone = Roles.All.Select(r => r.Code).ToHashSet();
    public static readonly IReadOnlySet<string> Staff = Roles.All.Where(r => r.IsStaff).Select(r => r.Code).ToHashSet();

    private readonly NavLinkItem[] links =
    [
        new("Trang chủ", "/", "Tổng quan công việc của bạn.", Everyone, 0),
        .. registered,
        new("Tài khoản", "/tai-khoan", "Thông tin tài khoản, mật khẩu và xác thực hai bước.", Everyone, 900),
        new("Tài liệu API", "/api-docs", "Tích hợp với phần mềm khác qua API.",
            new HashSet<string> { Roles.SystemAdmin, Roles.MinistryOfficer, Roles.ProvinceOfficer, Roles.Principal, Roles.SchoolAdmin }, 950),
    ];

    public IEnumerable<NavLinkItem> For(IEnumerable<string> roles)
    {
        var held = roles.ToHashSet();
        return links.Where(l => l.Roles.Overlaps(held)).OrderBy(l => l.Order);
    }
}

public static class NavigationRegistration
{
    public static IServiceCollection AddNavLink(this IServiceCollection services, string title, string href, string description, int order, params string[] roles) =>
        services.AddSingleton(new NavLinkItem(title, href, description, roles.ToHashSet(), order));
}

using TruongSo.Web.Modules.Access.Contracts;

namespace TruongSo.Web.Components;

/// <summary>A link in the menu or a card on a dashboard, shown to the roles that can use it.</summary>
public sealed record NavLinkItem(string Title, string Href, string Description, IReadOnlySet<string> Roles);

/// <summary>
/// The menu by role. Modules append their links as they arrive, so that each user sees only
/// the jobs they have (a parent never meets the timetable editor).
/// </summary>
public sealed class Navigation
{
    private static readonly HashSet<string> Everyone = [.. Roles.All.Select(r => r.Code)];
    private static readonly HashSet<string> UserManagers = [Roles.SystemAdmin, Roles.SchoolAdmin];
    private static readonly HashSet<string> Auditors = [Roles.SystemAdmin, Roles.MinistryOfficer, Roles.ProvinceOfficer, Roles.Principal];

    private readonly List<NavLinkItem> links =
    [
        new("Trang chủ", "/", "Tổng quan công việc của bạn.", Everyone),
        new("Tài khoản", "/tai-khoan", "Thông tin tài khoản, mật khẩu và xác thực hai bước.", Everyone),
        new("Tài liệu API", "/api-docs", "Tích hợp với phần mềm khác qua API.", Auditors.Union(UserManagers).ToHashSet()),
    ];

    public void Add(NavLinkItem link) => links.Add(link);

    public IEnumerable<NavLinkItem> For(IEnumerable<string> roles)
    {
        var held = roles.ToHashSet();
        return links.Where(l => l.Roles.Overlaps(held));
    }
}

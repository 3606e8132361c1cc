namespace TruongSo.Web.Modules.Access.Contracts;

/// <summary>
/// What a role may do within the org unit it is granted on. Modules add their permissions here,
/// so that the whole role × permission table can be read (and reviewed) in one screen.
/// </summary>
public static class Permissions
{
    public const string ViewOrganization = "org.view";
    public const string ManageOrganization = "org.manage";
    public const string ViewUsers = "users.view";
    public const string ManageUsers = "users.manage";
    public const string ViewAuditLog = "audit.view";

    private static readonly Dictionary<string, string[]> ByRole = new()
    {
        [Roles.SystemAdmin] = [ViewOrganization, ManageOrganization, ViewUsers, ManageUsers, ViewAuditLog],
        [Roles.MinistryOfficer] = [ViewOrganization, ViewUsers, ViewAuditLog],
        [Roles.ProvinceOfficer] = [ViewOrganization, ViewUsers, ViewAuditLog],
        [Roles.Principal] = [ViewOrganization, ViewUsers, ViewAuditLog],
        [Roles.SchoolAdmin] = [ViewOrganization, ManageOrganization, ViewUsers, ManageUsers],
        [Roles.Teacher] = [ViewOrganization],
        [Roles.Accountant] = [ViewOrganization],
        [Roles.Parent] = [],
        [Roles.Student] = [],
    };

    public static bool RoleHas(string role, string permission) =>
        ByRole.TryGetValue(role, out var granted) && granted.Contains(permission);
}

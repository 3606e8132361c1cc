using System.Security.Claims;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.Organization;

internal enum Gate { Open, Hidden, Refused }

/// <summary>
/// The two answers every door gives, both from IAccessPolicy: a unit the user cannot see does not
/// exist for them (404, so ids of other schools cannot be probed); a unit they can see but may
/// not change refuses them (403).
/// </summary>
internal static class OrgGate
{
    public static async Task<Gate> GateAsync(this IAccessPolicy access, ClaimsPrincipal user, string permission, Guid unitId, CancellationToken ct = default) =>
        !await access.CanAsync(user, Permissions.ViewOrganization, unitId, ct) ? Gate.Hidden
        : permission == Permissions.ViewOrganization || await access.CanAsync(user, permission, unitId, ct) ? Gate.Open
        : Gate.Refused;

    /// <summary>Null when open; else the problem to answer with.</summary>
    public static IResult? Problem(this Gate gate, string what) => gate switch
    {
        Gate.Open => null,
        Gate.Hidden => Problems.NotFound(what),
        _ => Problems.Forbidden(),
    };
}

using System.Security.Claims;
using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Web.Modules.Access.Contracts;

public sealed record Grant(string Role, OrgUnitRef Unit);

/// <summary>
/// The one place that answers "may this user do X on this record" (Can) and "which records may
/// this user do X on" (Scope, for list queries). Every page and endpoint asks it.
/// </summary>
public interface IAccessPolicy
{
    Task<IReadOnlyList<Grant>> GrantsAsync(ClaimsPrincipal user, CancellationToken ct = default);

    Task<bool> CanAsync(ClaimsPrincipal user, string permission, Guid orgUnitId, CancellationToken ct = default);

    Task<OrgScope> ScopeAsync(ClaimsPrincipal user, string permission, CancellationToken ct = default);

    /// <summary>Classes the user reaches through teaching assignments (see IClassScopeProvider).</summary>
    Task<IReadOnlyCollection<Guid>> ClassIdsAsync(ClaimsPrincipal user, CancellationToken ct = default);
}

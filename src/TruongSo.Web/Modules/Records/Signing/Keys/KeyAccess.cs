using System.Security.Claims;
using TruongSo.Web.Modules.Access.Contracts;

namespace TruongSo.Web.Modules.Records.Signing.Keys;

/// <summary>
/// Who may upload, see and use which key: a personal key only by its owner; a school's seal by
/// those with records.seal at that school (principal, văn thư, admin).
/// </summary>
public sealed class KeyAccess(IAccessPolicy policy)
{
    public static Guid? UserId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public async Task<bool> MayUseAsync(ClaimsPrincipal user, SigningKeyInfo key, CancellationToken ct = default) =>
        key.Kind == SigningKeyKind.Personal
            ? key.OwnerUserId is not null && key.OwnerUserId == UserId(user)
            : key.SchoolId is Guid school && await policy.CanAsync(user, Permissions.SealRecords, school, ct);

    public async Task<bool> MayUploadAsync(ClaimsPrincipal user, SigningKeyKind kind, Guid? schoolId, CancellationToken ct = default) =>
        kind == SigningKeyKind.Personal
            ? UserId(user) is not null && (await policy.GrantsAsync(user, ct)).Any(g => Roles.All.Any(r => r.Code == g.Role && r.IsStaff))
            : schoolId is Guid school && await policy.CanAsync(user, Permissions.SealRecords, school, ct);
}

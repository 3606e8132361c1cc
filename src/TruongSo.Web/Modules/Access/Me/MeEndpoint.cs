using Microsoft.AspNetCore.Identity;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Access.Data;
using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.Access.Me;

public sealed record MeGrant(string Role, string RoleName, Guid OrgUnitId, string OrgUnitKind, string OrgUnitName);

public sealed record MeDto(Guid Id, string UserName, string FullName, bool TwoFactorEnabled, IReadOnlyList<MeGrant> Grants);

internal static class MeEndpoint
{
    public static void MapMeEndpoint(this RouteGroupBuilder api) =>
        api.MapGet("/me", async (HttpContext http, UserManager<AppUser> users, IAccessPolicy access, CancellationToken ct) =>
        {
            if (await users.GetUserAsync(http.User) is not { } user)
            {
                return Problems.Unauthorized("Tài khoản không còn tồn tại.");
            }
            var grants = (await access.GrantsAsync(http.User, ct))
                .Select(g => new MeGrant(g.Role, Roles.Find(g.Role)?.Name ?? g.Role, g.Unit.Id, g.Unit.Kind.ToString(), g.Unit.Name))
                .ToList();
            return Results.Ok(new MeDto(user.Id, user.UserName!, user.FullName, user.TwoFactorEnabled, grants));
        }).WithSummary("Tài khoản đang đăng nhập và các vai trò của nó");
}

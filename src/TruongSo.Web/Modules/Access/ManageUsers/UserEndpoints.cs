using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Errors;
using TruongSo.Web.Platform.Web;

namespace TruongSo.Web.Modules.Access.ManageUsers;

public sealed record UserDto(Guid Id, string UserName, string FullName, bool TwoFactorEnabled, bool LockedOut, IReadOnlyList<GrantDto> Grants);

public sealed record GrantDto(string Role, Guid OrgUnitId);

public sealed record GrantRequest(string Role, Guid OrgUnitId);

internal static class UserEndpoints
{
    public static void MapUserEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/", ListAsync).WithSummary("Người dùng có vai trò trong phạm vi của bạn");
        api.MapPost("/", CreateAsync).WithSummary("Tạo tài khoản với vai trò đầu tiên");
        api.MapPost("/{id:guid}/grants", GrantAsync).WithSummary("Gán thêm vai trò");
    }

    private static async Task<IResult> ListAsync([AsParameters] PageQuery page, string? q,
        HttpContext http, IAccessPolicy access, IOrgDirectory org, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (page.Problem() is { } p)
        {
            return Problems.Validation(p.Field, p.Message);
        }
        var units = org.UnitIdsIn(await access.ScopeAsync(http.User, Permissions.ViewUsers, ct));
        var users = db.Users.AsNoTracking().Where(u => u.Grants.Any(g => units.Contains(g.OrgUnitId)));
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().ToUpperInvariant();
            users = users.Where(u => u.NormalizedUserName!.Contains(term) || u.FullName.ToUpper().Contains(term));
        }
        var rows = await users.OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName, u.FullName, u.TwoFactorEnabled, u.LockoutEnd, Grants = u.Grants.Select(g => new GrantDto(g.Role, g.OrgUnitId)).ToList() })
            .ToPageAsync(page, ct);
        // LockoutEnd is a DateTimeOffset, which SQLite cannot compare in SQL; a page is small.
        var now = clock.GetUtcNow();
        return Results.Ok(new Paged<UserDto>(
            [.. rows.Items.Select(u => new UserDto(u.Id, u.UserName!, u.FullName, u.TwoFactorEnabled, u.LockoutEnd > now, u.Grants))],
            rows.Page, rows.PageSize, rows.TotalCount));
    }

    private static async Task<IResult> CreateAsync(CreateUserRequest request, HttpContext http, IAccessPolicy access, CreateUser handler, CancellationToken ct)
    {
        if (await Refusal(http, access, request.Role, request.OrgUnitId, ct) is { } refused)
        {
            return refused;
        }
        var (user, errors) = await handler.HandleAsync(request, ct);
        return user is null ? Problems.Validation(errors) : Results.Created($"/api/v1/users/{user.Id}", user);
    }

    private static async Task<IResult> GrantAsync(Guid id, GrantRequest request, HttpContext http, IAccessPolicy access, GrantRole grants, AppDbContext db, CancellationToken ct)
    {
        if (await Refusal(http, access, request.Role, request.OrgUnitId, ct) is { } refused)
        {
            return refused;
        }
        if (!await db.Users.AnyAsync(u => u.Id == id, ct))
        {
            return Problems.NotFound("người dùng này");
        }
        if (await grants.ValidateAsync(request.Role, request.OrgUnitId, ct) is { } invalid)
        {
            return Problems.Validation(invalid.Field, invalid.Message);
        }
        await grants.AddAsync(id, request.Role, request.OrgUnitId, ct);
        return Results.NoContent();
    }

    /// <summary>Managing users of a unit needs ManageUsers there; only system admins make system admins.</summary>
    private static async Task<IResult?> Refusal(HttpContext http, IAccessPolicy access, string role, Guid unitId, CancellationToken ct)
    {
        if (!await access.CanAsync(http.User, Permissions.ManageUsers, unitId, ct))
        {
            return Problems.Forbidden("Bạn không quản lý người dùng của đơn vị này.");
        }
        var isSystemAdmin = (await access.GrantsAsync(http.User, ct)).Any(g => g.Role == Roles.SystemAdmin);
        return role == Roles.SystemAdmin && !isSystemAdmin ? Problems.Forbidden("Chỉ quản trị hệ thống mới cấp được vai trò quản trị hệ thống.") : null;
    }
}

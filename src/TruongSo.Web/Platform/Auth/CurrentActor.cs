using System.Security.Claims;

namespace TruongSo.Web.Platform.Auth;

/// <summary>Who is acting, for the audit log: the signed-in user, or an operator at the CLI.</summary>
public interface ICurrentActor
{
    Guid? UserId { get; }
    string Name { get; }
}

internal sealed class CurrentActor(IHttpContextAccessor http) : ICurrentActor
{
    private (Guid? Id, string Name)? overridden;

    public Guid? UserId => overridden?.Id ?? (Guid.TryParse(User?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null);

    public string Name => overridden?.Name ?? User?.Identity?.Name ?? "hệ thống";

    private ClaimsPrincipal? User => http.HttpContext?.User is { Identity.IsAuthenticated: true } u ? u : null;

    /// <summary>For the CLI and background jobs, which have no HTTP request.</summary>
    public void ActAs(Guid? userId, string name) => overridden = (userId, name);
}

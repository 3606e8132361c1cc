using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using TruongSo.Web.Modules.Access.Data;
using TruongSo.Web.Platform.Auth;
using TruongSo.Web.Platform.Errors;
using TruongSo.Web.Platform.Web;

namespace TruongSo.Web.Modules.Access.IssueToken;

public sealed record TokenRequest(string UserName, string Password, string? TwoFactorCode);

public sealed record RefreshRequest(string RefreshToken);

/// <summary>
/// Bearer tokens for API clients: the framework's Data-Protection-sealed tokens (see
/// docs/adr/0003), checked against lock-out, 2FA and the security stamp like a page sign-in.
/// </summary>
internal static class TokenEndpoints
{
    public static void MapTokenEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/token", IssueAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn)
            .WithSummary("Đổi tên đăng nhập và mật khẩu lấy bearer token")
            .Produces<AccessTokenResponse>().ProducesProblem(401).ProducesValidationProblem();
        api.MapPost("/refresh", RefreshAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn)
            .WithSummary("Làm mới token bằng refresh token").Produces<AccessTokenResponse>().ProducesProblem(401);
    }

    private static async Task<IResult> IssueAsync(TokenRequest request, SignInManager<AppUser> signIn)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return Problems.Validation(string.IsNullOrWhiteSpace(request.UserName) ? "userName" : "password", "Hãy nhập tên đăng nhập và mật khẩu.");
        }
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.UserName.Trim(), request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            if (string.IsNullOrWhiteSpace(request.TwoFactorCode))
            {
                return Problems.Validation("twoFactorCode", "Tài khoản này bật xác thực hai bước: gửi kèm mã 6 số từ ứng dụng xác thực.");
            }
            result = await signIn.TwoFactorAuthenticatorSignInAsync(request.TwoFactorCode.Replace(" ", ""), false, false);
        }
        // On success the bearer handler has already written the token response.
        return result.Succeeded ? Results.Empty : Problems.Unauthorized(SignInMessages.For(result));
    }

    private static async Task<IResult> RefreshAsync(RefreshRequest request, SignInManager<AppUser> signIn, TimeProvider clock, IServiceProvider sp)
    {
        var ticket = AuthenticationSetup.BearerOptions(sp).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            return Problems.Unauthorized("Refresh token không hợp lệ hoặc đã hết hạn; hãy đăng nhập lại.");
        }
        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }
}

internal static class SignInMessages
{
    public static string For(SignInResult result) => result switch
    {
        { IsLockedOut: true } => "Tài khoản đang tạm khoá do đăng nhập sai nhiều lần. Hãy thử lại sau 15 phút hoặc nhờ quản trị viên mở khoá.",
        { IsNotAllowed: true } => "Tài khoản chưa được phép đăng nhập.",
        { RequiresTwoFactor: true } => "Cần mã xác thực hai bước.",
        _ => "Tên đăng nhập hoặc mật khẩu không đúng.",
    };
}

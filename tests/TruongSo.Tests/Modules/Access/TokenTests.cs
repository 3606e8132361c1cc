using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using TruongSo.Web.Modules.Access.Contracts;

namespace TruongSo.Tests.Modules.Access;

public sealed class TokenTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task Token_grants_API_access_and_refreshes(Engine engine)
    {
        var app = await apps.Get(engine);
        var user = await app.Data.UserAsync(Roles.Principal, await app.Data.SchoolAsync(), "Trần Văn Bình");
        var client = app.Anonymous();

        var token = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = user.UserName, password = user.Password })).JsonAsync();
        var refreshed = await (await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = token.GetProperty("refreshToken").GetString() })).JsonAsync();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", refreshed.GetProperty("accessToken").GetString());
        var me = await (await client.GetAsync("/api/v1/me")).JsonAsync();

        token.GetProperty("expiresIn").GetInt32().Should().Be(3600);
        me.GetProperty("fullName").GetString().Should().Be("Trần Văn Bình");
        me.GetProperty("grants")[0].GetProperty("roleName").GetString().Should().Be("Ban giám hiệu");
    }

    [Theory, Engines]
    public async Task Wrong_password_is_401_with_a_Vietnamese_reason(Engine engine)
    {
        var app = await apps.Get(engine);
        var user = await app.Data.UserAsync(Roles.Teacher, await app.Data.SchoolAsync());

        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/token", new { userName = user.UserName, password = "sai-mat-khau-1" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem.GetProperty("detail").GetString().Should().Be("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    [Theory, Engines]
    public async Task Five_failures_lock_the_account_even_for_the_right_password(Engine engine)
    {
        var app = await apps.Get(engine);
        var user = await app.Data.UserAsync(Roles.Teacher, await app.Data.SchoolAsync());
        var client = app.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = user.UserName, password = $"sai-{i}-matkhau" });
        }

        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = user.UserName, password = user.Password });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem.GetProperty("detail").GetString().Should().StartWith("Tài khoản đang tạm khoá");
    }

    [Theory, Engines]
    public async Task Two_factor_account_needs_a_current_code(Engine engine)
    {
        var app = await apps.Get(engine);
        var user = await app.Data.UserAsync(Roles.Principal, await app.Data.SchoolAsync());
        var key = await app.Data.EnableTwoFactorAsync(user);
        var client = app.Anonymous();

        var withoutCode = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = user.UserName, password = user.Password });
        var wrongCode = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = user.UserName, password = user.Password, twoFactorCode = "000000" });
        var rightCode = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = user.UserName, password = user.Password, twoFactorCode = AuthenticatorCode.Now(key) });

        var problem = await withoutCode.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("twoFactorCode", out _).Should().BeTrue();
        await wrongCode.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        (await rightCode.JsonAsync()).GetProperty("accessToken").GetString().Should().NotBeNullOrEmpty();
    }

    [Theory, Engines]
    public async Task Missing_fields_name_the_field(Engine engine)
    {
        var app = await apps.Get(engine);

        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/token", new { userName = "", password = "x" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("userName")[0].GetString().Should().Be("Hãy nhập tên đăng nhập và mật khẩu.");
    }

    [Theory, Engines]
    public async Task A_forged_token_is_refused(Engine engine)
    {
        var app = await apps.Get(engine);
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "CfDJ8-not-a-real-token");

        await (await client.GetAsync("/api/v1/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}

using System.Net;
using System.Net.Http.Json;

namespace TruongSo.Tests.Platform;

/// <summary>What README promises a new user: one command, a printed URL, a Vietnamese sign-in page.</summary>
public sealed class StartupTests
{
    // Generous: the suite runs these next to every other test class on two cores; a start that
    // hangs still fails, a slow one under that load is not what these tests are about.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(180);

    [Fact]
    public async Task First_start_migrates_seeds_the_demo_and_prints_the_URL_and_accounts()
    {
        await using var app = AppProcess.Start(Env("Development"), "--urls", "http://127.0.0.1:0");
        var url = await app.Url.WaitAsync(StartTimeout);
        using var http = new HttpClient { BaseAddress = new Uri(url) };

        (await http.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await http.GetStringAsync("/dang-nhap")).Should().Contain("<h1>Đăng nhập</h1>").And.Contain("lang=\"vi\"");
        app.Output.Should().Contain("hieutruong").And.Contain("TruongSo@2026");
        var token = await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = "hieutruong", password = "TruongSo@2026" });
        token.StatusCode.Should().Be(HttpStatusCode.OK, "the demo principal is seeded with the default demo password");
    }

    [Fact]
    public async Task Production_refuses_a_first_start_without_an_admin_password()
    {
        await using var app = AppProcess.Start(Env("Production"), "--urls", "http://127.0.0.1:0");

        var exit = await app.WaitForExitAsync(StartTimeout);

        exit.Should().Be(1);
        app.Output.Should().Contain("Lỗi cấu hình: Lần chạy đầu tiên cần đặt mật khẩu cho tài khoản admin qua biến môi trường TRUONGSO_ADMIN_PASSWORD.")
            .And.NotContain("Unhandled exception", "an operator gets one clear line, not a stack trace");
    }

    [Fact]
    public async Task An_unknown_database_provider_is_named_in_a_clear_error()
    {
        var env = Env("Development");
        env["Database__Provider"] = "MySql";
        await using var app = AppProcess.Start(env, "--urls", "http://127.0.0.1:0");

        (await app.WaitForExitAsync(StartTimeout)).Should().Be(1);
        app.Output.Should().Contain("Không hỗ trợ cơ sở dữ liệu 'MySql' (chọn Sqlite hoặc Postgres).");
    }

    [Fact]
    public async Task Production_has_no_demo_accounts()
    {
        var env = Env("Production");
        env["TRUONGSO_ADMIN_PASSWORD"] = "Quantri2026";
        env["Demo__Enabled"] = "true"; // asked for, and still refused in Production
        await using var app = AppProcess.Start(env, "--urls", "http://127.0.0.1:0");
        using var http = new HttpClient { BaseAddress = new Uri(await app.Url.WaitAsync(StartTimeout)) };

        var demo = await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = "hieutruong", password = "TruongSo@2026" });
        var admin = await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = "Quantri2026" });

        demo.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        admin.StatusCode.Should().Be(HttpStatusCode.OK);
        app.Output.Should().NotContain("Chế độ demo");
    }

    private static Dictionary<string, string> Env(string environment) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = environment,
        ["TRUONGSO_DATA_DIR"] = Path.Combine(TestDatabases.RunDirectory, $"proc_{Guid.NewGuid():N}"),
    };
}

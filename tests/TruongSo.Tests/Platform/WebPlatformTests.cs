using System.Net;
using System.Net.Http.Json;
using TruongSo.Web.Modules.Access.Contracts;

namespace TruongSo.Tests.Platform;

public sealed class WebPlatformTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Fact]
    public async Task Pages_carry_security_headers_and_a_request_id()
    {
        var app = await apps.Get(Engine.Sqlite);

        var response = await app.Anonymous().GetAsync("/dang-nhap");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("script-src 'self'").And.Contain("frame-ancestors 'none'").And.NotContain("unsafe");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        response.Headers.GetValues("X-Request-Id").Single().Should().NotBeNullOrWhiteSpace();
        response.Headers.Contains("Strict-Transport-Security").Should().BeFalse("HSTS is only sent over HTTPS");
    }

    [Fact]
    public async Task The_API_is_described_by_OpenAPI_with_a_browsable_UI()
    {
        var app = await apps.Get(Engine.Sqlite);
        var client = app.Anonymous();

        var doc = await (await client.GetAsync("/openapi/v1.json")).JsonAsync();
        var ui = await client.GetAsync("/api-docs/index.html");

        doc.GetProperty("paths").TryGetProperty("/api/v1/auth/token", out _).Should().BeTrue();
        doc.GetProperty("paths").TryGetProperty("/api/v1/org-units/{id}", out _).Should().BeTrue();
        doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("scheme").GetString().Should().Be("bearer");
        ui.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ui.Content.ReadAsStringAsync()).Should().Contain("swagger-ui");
    }

    [Fact]
    public async Task English_is_a_switch_away()
    {
        var app = await apps.Get(Engine.Sqlite);
        var client = app.Anonymous();

        var switched = await client.GetAsync("/ngon-ngu/en?quayLai=/dang-nhap");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/dang-nhap"));
        var offsite = await client.GetAsync("/ngon-ngu/vi?quayLai=//evil.example");

        switched.Headers.Location!.ToString().Should().Be("/dang-nhap");
        page.Should().Contain("lang=\"en\"").And.Contain("<h1>Sign in</h1>");
        offsite.Headers.Location!.ToString().Should().Be("/", "only local return addresses are followed");
    }

    [Fact]
    public async Task A_malformed_body_is_a_400_naming_the_field_not_a_500()
    {
        var app = await apps.Get(Engine.Sqlite);
        var school = await app.Data.SchoolAsync();
        var principal = await app.ApiAs(await app.Data.UserAsync(Roles.Principal, school));

        var response = await principal.PostAsync("/api/v1/assignments",
            new StringContent("""{"classId":"khong-phai-guid","kind":"Subject"}""", System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("classId")[0].GetString().Should().Be("Giá trị của trường 'classId' không đúng kiểu dữ liệu.");
    }

    [Theory, Engines]
    public async Task A_second_instance_on_the_same_database_accepts_the_first_ones_tokens(Engine engine)
    {
        var first = await apps.Get(engine);
        var user = await first.Data.UserAsync(Roles.Teacher, await first.Data.SchoolAsync());
        var client = await first.ApiAs(user);
        // Instances of one deployment share the database and the key ring's master key (docs/operations.md).
        var masterKey = await File.ReadAllTextAsync(Path.Combine(first.DataDirectory, "keys", "master.key"));
        await using var second = await TestApp.StartAsync(engine, new Dictionary<string, string> { ["DataProtection:MasterKey"] = masterKey }, first.ConnectionString);
        var other = second.Anonymous();
        other.DefaultRequestHeaders.Authorization = client.DefaultRequestHeaders.Authorization;

        var me = await (await other.GetAsync("/api/v1/me")).JsonAsync();

        me.GetProperty("userName").GetString().Should().Be(user.UserName, "Data Protection keys are shared through the database");
    }

    [Theory, Engines]
    public async Task Health_is_unready_until_an_operator_migrates(Engine engine)
    {
        var empty = await TestDatabases.CreateEmptyAsync(engine, $"h_{Guid.NewGuid():N}");
        await using var app = await TestApp.StartAsync(engine, new Dictionary<string, string> { ["Database:MigrateOnStart"] = "false" }, empty);

        (await app.Anonymous().GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);

        (await app.CliAsync("migrate")).Should().Be(0);
        (await app.CliAsync("audit", "verify")).Should().Be(0);
    }

    [Fact]
    public async Task Logs_carry_routes_and_statuses_but_no_personal_data()
    {
        await using var app = await TestApp.StartAsync(Engine.Sqlite, new Dictionary<string, string> { ["Logging:LogLevel:Default"] = "Information" });
        var user = await app.Data.UserAsync(Roles.SchoolAdmin, await app.Data.SchoolAsync(), "Nguyễn Thị Bích Ngọc");
        var client = app.Anonymous();

        await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = user.UserName, password = "sai-mat-khau-1" });
        await (await app.ApiAs(user)).GetAsync("/api/v1/users?q=Bích Ngọc");

        var logs = string.Join("\n", app.Logs.Lines);
        logs.Should().Contain("POST /api/v1/auth/token → 401").And.Contain($"GET /api/v1/users/ → 200 in");
        logs.Should().NotContain(user.UserName).And.NotContain("Bích Ngọc").And.NotContain("sai-mat-khau");
    }
}

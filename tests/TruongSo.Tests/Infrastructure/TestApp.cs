using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TruongSo.Web;
using TruongSo.Web.Platform.Cli;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Tests.Infrastructure;

/// <summary>
/// The real app, in process, on a database of its own. Tests talk to it through HTTP (the front
/// door); <see cref="Data"/> creates the rows a test needs through the modules' own handlers.
/// </summary>
public sealed class TestApp : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Admin@12345";

    private readonly Dictionary<string, string> settings;

    private TestApp(Engine engine, string connectionString, string dataDir, IDictionary<string, string>? extra)
    {
        Engine = engine;
        ConnectionString = connectionString;
        DataDirectory = dataDir;
        settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = engine.ToString(),
            ["Database:ConnectionString"] = connectionString,
            ["TRUONGSO_DATA_DIR"] = dataDir,
            ["TRUONGSO_ADMIN_PASSWORD"] = AdminPassword,
            ["Demo:Enabled"] = "false",
            ["RateLimits:SignInPerMinutePerClient"] = "100000",
            ["FamilyAccounts:AttemptsPerClientPerMinute"] = "100000", // in-process clients share one address
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (k, v) in extra ?? new Dictionary<string, string>())
        {
            settings[k] = v;
        }
        Data = new SchoolData(this);
    }

    public Engine Engine { get; }
    public string ConnectionString { get; }
    public string DataDirectory { get; }
    public SchoolData Data { get; }

    /// <param name="database">A connection string to reuse (a second instance, an empty database); else a fresh migrated copy.</param>
    public static async Task<TestApp> StartAsync(Engine engine, IDictionary<string, string>? settings = null, string? database = null)
    {
        var app = await CreateAsync(engine, settings, database);
        _ = app.Server; // start now, so that start-up failures surface here
        return app;
    }

    /// <summary>
    /// The app on a real loopback port (Kestrel instead of the in-memory server), for a browser;
    /// <see cref="BaseAddress"/> says where. Other tests keep the faster in-memory server.
    /// </summary>
    public static async Task<TestApp> StartOnPortAsync(Engine engine, IDictionary<string, string>? settings = null)
    {
        var app = await CreateAsync(engine, settings, null);
        app.UseKestrel(0);
        app.StartServer();
        return app;
    }

    /// <summary>Where a Kestrel-backed app (<see cref="StartOnPortAsync"/>) listens.</summary>
    public Uri BaseAddress => ClientOptions.BaseAddress;

    private static async Task<TestApp> CreateAsync(Engine engine, IDictionary<string, string>? settings, string? database)
    {
        var name = $"t_{Guid.NewGuid():N}";
        var cs = database ?? await TestDatabases.CreateAsync(engine, name);
        var dataDir = Path.Combine(TestDatabases.RunDirectory, name);
        Directory.CreateDirectory(dataDir);
        return new TestApp(engine, cs, dataDir, settings);
    }

    /// <summary>Every log message the app wrote, rendered.</summary>
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(s => s.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs));
    }

    public HttpClient Anonymous(bool followRedirects = false) =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = ClientOptions.BaseAddress, AllowAutoRedirect = followRedirects, HandleCookies = true }); // the Kestrel port, when there is one

    /// <summary>An API client holding a bearer token for the user.</summary>
    public async Task<HttpClient> ApiAs(TestUser user)
    {
        var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = user.UserName, password = user.Password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Runs the real CLI entry point against this app's database and data directory.</summary>
    public Task<int> CliAsync(params string[] args) =>
        TruongSoCli.RunAsync([.. args, "--environment=Development", .. settings.Select(s => $"--{s.Key}={s.Value}")]);

    public sealed record TokenResponse(string AccessToken, string RefreshToken, long ExpiresIn);
}

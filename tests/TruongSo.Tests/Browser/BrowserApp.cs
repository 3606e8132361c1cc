using Microsoft.Playwright;

namespace TruongSo.Tests.Browser;

/// <summary>
/// The app on a real loopback port and one headless Debian chromium, shared by the tests of a
/// class (each test still opens its own browser context, so cookies never leak between tests).
/// SQLite only: both engines are covered by the module tests, and a browser adds nothing there.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private IPlaywright? playwright;

    public TestApp App { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = await TestApp.StartOnPortAsync(Engine.Sqlite);
        playwright = await Playwright.CreateAsync();
        // Debian's chromium, never Playwright's download (which cannot work here); the flags keep
        // it from calling home, so a run needs no network beyond loopback.
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("TRUONGSO_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }
    }
}

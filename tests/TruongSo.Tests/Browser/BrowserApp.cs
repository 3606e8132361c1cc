using Microsoft.Playwright;

namespace TruongSo.Tests.Browser;

/// <summary>
/// The app on a real loopback port and one headless Debian chromium, shared by the tests of a
/// class (each test still opens its own browser context, so cookies never leak between tests).
/// SQLite only: both engines are covered by the module tests, and a browser adds nothing there.
/// </summary>
public class BrowserApp : IAsyncLifetime
{
    private readonly IDictionary<string, string>? settings;
    private IPlaywright? playwright;

    public BrowserApp()
    {
    }

    /// <summary>For a variant whose app needs settings of its own (see <see cref="MailingBrowserApp"/>).</summary>
    protected BrowserApp(IDictionary<string, string> settings) => this.settings = settings;

    public TestApp App { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = await TestApp.StartOnPortAsync(Engine.Sqlite, settings);
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

    public virtual async Task DisposeAsync()
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

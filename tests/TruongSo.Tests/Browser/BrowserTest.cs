using System.Collections.Concurrent;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TruongSo.Tests.Browser;

/// <summary>
/// A test with its own browser context (desktop unless it asks for a phone). Every page it opens
/// is watched for Content-Security-Policy violations, and any one fails the test at the end.
/// </summary>
public abstract class BrowserTest(BrowserApp browser) : BrowserTest<BrowserApp>(browser);

/// <summary>A browser test on a variant of the app (<see cref="MailingBrowserApp"/>): one fixture per class, the variant only.</summary>
public abstract class BrowserTest<TApp>(TApp browser) : IClassFixture<TApp>, IAsyncLifetime
    where TApp : BrowserApp
{
    protected TApp Browser => browser;

    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private readonly List<IBrowserContext> contexts = [];
    private readonly ConcurrentQueue<string> cspViolations = new();

    protected TestApp App => browser.App;
    protected IPage Page { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        SetDefaultExpectTimeout(15_000); // a loaded CI machine; the waits end as soon as the condition holds
        Page = await OpenAsync(Desktop);
    }

    public async Task DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }
        cspViolations.Should().BeEmpty("pages must render under script-src 'self'; style-src 'self'");
    }

    protected async Task<IPage> OpenAsync(ViewportSize viewport)
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = App.BaseAddress.ToString(), ViewportSize = viewport });
        contexts.Add(context);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                cspViolations.Enqueue(message.Text);
            }
        };
        return page;
    }

    /// <summary>Fills the sign-in form from a fresh page, so what follows sees only this attempt's answer.</summary>
    protected static async Task SubmitSignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/dang-nhap");
        await page.GetByLabel("Tên đăng nhập", new() { Exact = true }).FillAsync(userName);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();
    }

    protected static async Task SignInAsync(IPage page, TestUser user, string? password = null)
    {
        await SubmitSignInAsync(page, user.UserName, password ?? user.Password);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Xin chào, "));
    }

    protected static async Task SignOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Bạn đã đăng xuất.");
    }

    /// <summary>Saved beside the test binaries (bin/.../screenshots), for a person to look at.</summary>
    protected static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "screenshots", $"{name}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }
}

using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TruongSo.Web.Modules.Access.Contracts;
using static Microsoft.Playwright.Assertions;

namespace TruongSo.Tests.Browser;

/// <summary>The front door in a real browser: sign in, see the dashboard, sign out, be refused.</summary>
public sealed partial class SignInTests(BrowserApp browser) : BrowserTest(browser)
{
    private const string WrongPassword = "Sai@12345";

    [Fact]
    public async Task Principal_signs_in_sees_the_dashboard_and_signs_out()
    {
        var school = await App.Data.SchoolAsync(name: "Trường THCS Nguyễn Du");
        var principal = await App.Data.UserAsync(Roles.Principal, school, "Trần Thị Hạnh");

        await Page.GotoAsync("/");
        await Expect(Page).ToHaveURLAsync(SignInUrl()); // anonymous visitors are sent to sign in
        await SignInAsync(Page, principal);

        await Expect(Page).ToHaveURLAsync(App.BaseAddress.ToString());
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Xin chào, Trần Thị Hạnh");
        var panel = Page.Locator("section.dashboard[data-role='principal']");
        await Expect(panel.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("Ban giám hiệu · Trường THCS Nguyễn Du");
        await Expect(panel.Locator("a.card[href='/tai-khoan']")).ToBeVisibleAsync(); // by address: "Tài khoản phụ huynh" also starts with "Tài khoản"
        await Expect(Page.GetByTestId("user-name")).ToHaveTextAsync("Trần Thị Hạnh");
        await ScreenshotAsync(Page, "dashboard-desktop");

        await SignOutAsync(Page);
        await Expect(Page).ToHaveURLAsync(SignInUrl());

        await Page.GotoAsync("/");
        await Expect(Page).ToHaveURLAsync(SignInUrl());
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Đăng nhập");
    }

    [Fact]
    public async Task Wrong_password_is_refused_in_Vietnamese()
    {
        var teacher = await App.Data.UserAsync(Roles.Teacher, await App.Data.SchoolAsync());

        await SubmitSignInAsync(Page, teacher.UserName, WrongPassword);

        await Expect(Page.GetByTestId("sign-in-error")).ToHaveTextAsync("Tên đăng nhập hoặc mật khẩu không đúng.");
        await Expect(Page).ToHaveURLAsync(SignInUrl());
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var teacher = await App.Data.UserAsync(Roles.Teacher, await App.Data.SchoolAsync());
        const string locked = "Tài khoản đang tạm khoá do đăng nhập sai nhiều lần. Hãy thử lại sau 15 phút hoặc nhờ quản trị viên mở khoá.";

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await SubmitSignInAsync(Page, teacher.UserName, WrongPassword);
            await Expect(Page.GetByTestId("sign-in-error")).ToHaveTextAsync("Tên đăng nhập hoặc mật khẩu không đúng.");
        }
        await SubmitSignInAsync(Page, teacher.UserName, WrongPassword);
        await Expect(Page.GetByTestId("sign-in-error")).ToHaveTextAsync(locked);

        await SubmitSignInAsync(Page, teacher.UserName, teacher.Password);

        await Expect(Page.GetByTestId("sign-in-error")).ToHaveTextAsync(locked);
        await Expect(Page).ToHaveURLAsync(SignInUrl());
    }

    [GeneratedRegex(@"/dang-nhap(\?|$)")]
    private static partial Regex SignInUrl();
}

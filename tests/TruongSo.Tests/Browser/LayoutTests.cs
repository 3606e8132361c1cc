using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TruongSo.Web.Modules.Access.Contracts;
using static Microsoft.Playwright.Assertions;

namespace TruongSo.Tests.Browser;

/// <summary>The shell around every page: the language switch, and a layout that fits a phone.</summary>
public sealed partial class LayoutTests(BrowserApp browser) : BrowserTest(browser)
{
    [Fact]
    public async Task English_can_be_chosen_and_Vietnamese_restored()
    {
        var teacher = await App.Data.UserAsync(Roles.Teacher, await App.Data.SchoolAsync(), "Võ Thị Lan");
        await Page.GotoAsync("/dang-nhap");

        await Page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Page.GetByLabel("User name", new() { Exact = true }).FillAsync(teacher.UserName);
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(teacher.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hello, Võ Thị Lan");
        await Expect(Page.Locator("section.dashboard h2")).ToContainTextAsync("Teacher");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Tiếng Việt" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Xin chào, Võ Thị Lan");
    }

    [Fact]
    public async Task Phone_gets_a_menu_button_and_no_sideways_scrolling()
    {
        var principal = await App.Data.UserAsync(Roles.Principal,
            await App.Data.SchoolAsync(name: "Trường Trung học cơ sở và Trung học phổ thông Nguyễn Bỉnh Khiêm"), "Nguyễn Thị Phương Thảo");
        var phone = await OpenAsync(Phone);

        await phone.GotoAsync("/dang-nhap");
        (await FitsWidthAsync(phone)).Should().BeTrue("the sign-in page must not scroll sideways on a phone");
        await SignInAsync(phone, principal);

        var menu = phone.Locator("details.menu > summary");
        await Expect(menu).ToBeVisibleAsync();
        var accountLink = phone.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Tài khoản", Exact = true });
        await Expect(accountLink).ToBeHiddenAsync();
        (await FitsWidthAsync(phone)).Should().BeTrue("the dashboard must not scroll sideways on a phone");
        await ScreenshotAsync(phone, "dashboard-phone");

        await menu.ClickAsync();
        await Expect(accountLink).ToBeVisibleAsync();
        await ScreenshotAsync(phone, "dashboard-phone-menu");
        await accountLink.ClickAsync();
        await Expect(phone).ToHaveURLAsync(AccountUrl());
        (await FitsWidthAsync(phone)).Should().BeTrue("the account page must not scroll sideways on a phone");
    }

    [Fact]
    public async Task Desktop_shows_the_menu_as_a_bar_without_a_button()
    {
        var teacher = await App.Data.UserAsync(Roles.Teacher, await App.Data.SchoolAsync());
        await SignInAsync(Page, teacher);

        await Expect(Page.Locator("details.menu > summary")).ToBeHiddenAsync();
        await Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Tài khoản" }))
            .ToBeVisibleAsync();
    }

    private static Task<bool> FitsWidthAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.scrollingElement.scrollWidth <= window.innerWidth");

    [GeneratedRegex("/tai-khoan$")]
    private static partial Regex AccountUrl();
}

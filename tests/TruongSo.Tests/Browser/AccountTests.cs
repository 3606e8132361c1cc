using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TruongSo.Web.Modules.Access.Contracts;
using static Microsoft.Playwright.Assertions;

namespace TruongSo.Tests.Browser;

/// <summary>What a user does with their own account: read it, change the password, turn on 2FA.</summary>
public sealed class AccountTests(BrowserApp browser) : BrowserTest(browser)
{
    [Fact]
    public async Task Account_page_shows_the_roles_with_their_units()
    {
        var school = await App.Data.SchoolAsync(name: "Trường THPT Chu Văn An");
        var teacher = await App.Data.UserAsync(Roles.Teacher, school, "Lê Văn Bình");
        await SignInAsync(Page, teacher);

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Tài khoản" }).ClickAsync();

        await Expect(Page.GetByTestId("account-full-name")).ToHaveTextAsync("Lê Văn Bình");
        await Expect(Page.GetByTestId("account-user-name")).ToHaveTextAsync(teacher.UserName);
        await Expect(Page.GetByTestId("account-roles")).ToHaveTextAsync("Giáo viên Trường THPT Chu Văn An");
        await Expect(Page.GetByTestId("account-two-factor")).ToHaveTextAsync("Chưa bật");
    }

    [Fact]
    public async Task Changed_password_is_the_one_that_signs_in()
    {
        var teacher = await App.Data.UserAsync(Roles.Teacher, await App.Data.SchoolAsync());
        const string newPassword = "mat khau moi 2026";
        await SignInAsync(Page, teacher);
        await Page.GotoAsync("/tai-khoan");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Đổi mật khẩu" }).ClickAsync();

        await FillPasswordsAsync("Sai@12345", newPassword, newPassword);
        await Expect(Page.Locator("#current-password-error")).ToHaveTextAsync("Mật khẩu hiện tại không đúng.");
        await Expect(Page.Locator("#current-password")).ToHaveAttributeAsync("aria-invalid", "true");

        await FillPasswordsAsync(teacher.Password, "ngan1", "ngan1");
        await Expect(Page.Locator("#new-password-error")).ToContainTextAsync("Mật khẩu phải có ít nhất 8 ký tự.");

        await FillPasswordsAsync(teacher.Password, newPassword, newPassword);
        await Expect(Page.GetByTestId("password-changed")).ToBeVisibleAsync();
        (await App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "user.change-password" && e.EntityId == teacher.Id.ToString())))
            .Should().Be(1);

        await Page.GotoAsync("/"); // the refreshed cookie survives the new security stamp
        await Expect(Page.GetByTestId("user-name")).ToBeVisibleAsync();
        await SignOutAsync(Page);
        await SubmitSignInAsync(Page, teacher.UserName, teacher.Password);
        await Expect(Page.GetByTestId("sign-in-error")).ToHaveTextAsync("Tên đăng nhập hoặc mật khẩu không đúng.");
        await SignInAsync(Page, teacher, newPassword);
    }

    [Fact]
    public async Task Two_factor_set_up_then_sign_in_asks_for_the_code()
    {
        var principal = await App.Data.UserAsync(Roles.Principal, await App.Data.SchoolAsync(), "Phạm Minh Đức");
        await SignInAsync(Page, principal);
        await Page.GotoAsync("/tai-khoan");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Bật xác thực hai bước" }).ClickAsync();

        var key = await Page.GetByTestId("authenticator-key").TextContentAsync() ?? "";
        var secret = key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        (await QrCodes.DecodeAsync(await Page.Locator(".qr").ScreenshotAsync()))
            .Should().Be($"otpauth://totp/TruongSo:{principal.UserName}?secret={secret}&issuer=TruongSo&digits=6");
        await Page.GetByLabel("Mã 6 số ứng dụng đang hiển thị").FillAsync(AuthenticatorCode.At(key, DateTimeOffset.UtcNow.AddHours(-1))); // expired
        await Page.GetByRole(AriaRole.Button, new() { Name = "Bật xác thực hai bước" }).ClickAsync();
        await Expect(Page.Locator("#setup-code-error")).ToContainTextAsync("Mã không đúng");
        await Page.GetByLabel("Mã 6 số ứng dụng đang hiển thị").FillAsync(AuthenticatorCode.Now(key));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Bật xác thực hai bước" }).ClickAsync();
        await Expect(Page.GetByTestId("two-factor-notice")).ToHaveTextAsync("Đã bật xác thực hai bước. Từ lần đăng nhập sau, hãy nhập thêm mã từ ứng dụng.");
        (await App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "user.enable-two-factor" && e.EntityId == principal.Id.ToString())))
            .Should().Be(1);

        await Page.GotoAsync("/tai-khoan"); // the refreshed cookie survives the new security stamp
        await Expect(Page.GetByTestId("account-two-factor")).ToHaveTextAsync("Đang bật");
        await SignOutAsync(Page);
        await SubmitSignInAsync(Page, principal.UserName, principal.Password);
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dang-nhap/hai-buoc"));
        await Page.GetByLabel("Mã xác thực").FillAsync(AuthenticatorCode.Now(key));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Xin chào, Phạm Minh Đức");
    }

    private async Task FillPasswordsAsync(string current, string next, string confirm)
    {
        await Page.GetByLabel("Mật khẩu hiện tại").FillAsync(current);
        await Page.GetByLabel("Mật khẩu mới", new() { Exact = true }).FillAsync(next);
        await Page.GetByLabel("Nhập lại mật khẩu mới").FillAsync(confirm);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Đổi mật khẩu" }).ClickAsync();
    }
}

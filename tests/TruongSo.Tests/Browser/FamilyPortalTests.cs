using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TruongSo.Web.Modules.Access.Contracts;
using static Microsoft.Playwright.Assertions;

namespace TruongSo.Tests.Browser;

/// <summary>
/// The contact book's front door in a real browser: the văn thư prints a class's activation slips,
/// and a parent on a phone activates the account with the code and sees both children in two schools.
/// </summary>
public sealed class FamilyPortalTests(BrowserApp browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_parent_activates_the_account_on_a_phone_and_sees_both_children_in_two_schools()
    {
        var province = await App.Data.ProvinceAsync();
        var first = await App.Data.FamilyClassAsync(student: "Lê Minh Quân", province: province);
        var second = await App.Data.FamilyClassAsync(first.Phone, "Lê Thảo Vy", province);
        var clerk = await App.Data.UserAsync(Roles.SchoolAdmin, first.School.School, "Phạm Thị Văn Thư");

        await SignInAsync(Page, clerk);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Tài khoản phụ huynh" }).First.ClickAsync();
        await Expect(Page.GetByTestId("guardians")).ToContainTextAsync("Chưa có tài khoản");
        await Page.GetByTestId("issue-all").ClickAsync();
        var slip = Page.GetByTestId("code-slip");
        await Expect(slip.GetByTestId("slip-phone")).ToHaveTextAsync(first.Phone);
        var code = await slip.GetByTestId("slip-code").InnerTextAsync();
        await ScreenshotAsync(Page, "family-code-slips");

        var phone = await OpenAsync(Phone);
        await phone.GotoAsync("/kich-hoat");
        await FillActivationAsync(phone, first.Phone, "ABCDE-FGHJK");
        await Expect(phone.GetByTestId("activation-error")).ToContainTextAsync("Mã kích hoạt không đúng");
        await FillActivationAsync(phone, first.Phone, code);
        await Expect(phone.GetByTestId("activated")).ToBeVisibleAsync();
        await phone.GetByTestId("go-sign-in").ClickAsync();
        await phone.GetByLabel("Tên đăng nhập", new() { Exact = true }).FillAsync(first.Phone);
        await phone.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(FamilyData.NewPassword);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();

        await Expect(phone).ToHaveURLAsync(new Regex("/gia-dinh$"));
        var children = phone.GetByTestId("child");
        await Expect(children).ToHaveCountAsync(2);
        await Expect(phone.GetByTestId("children")).ToContainTextAsync(first.School.School.Name);
        await Expect(phone.GetByTestId("children")).ToContainTextAsync(second.School.School.Name);
        await ScreenshotAsync(phone, "family-home-phone");
        await phone.GetByRole(AriaRole.Link, new() { Name = "Lê Thảo Vy" }).ClickAsync();
        await Expect(phone.GetByTestId("child-name")).ToHaveTextAsync("Lê Thảo Vy");
        await Expect(phone.GetByTestId("sections").GetByRole(AriaRole.Link, new() { Name = "Chuyên cần" })).ToHaveAttributeAsync("href", $"/gia-dinh/{second.StudentId}/chuyen-can");
        (await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).Should().BeTrue("no sideways scrolling on a phone");
    }

    private static async Task FillActivationAsync(IPage page, string phoneNumber, string code)
    {
        await page.GetByLabel("Số điện thoại").FillAsync(phoneNumber);
        await page.GetByLabel("Mã kích hoạt").FillAsync(code);
        await page.GetByLabel("Mật khẩu mới").FillAsync(FamilyData.NewPassword);
        await page.GetByLabel("Nhập lại mật khẩu").FillAsync(FamilyData.NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kích hoạt", Exact = true }).ClickAsync();
    }
}

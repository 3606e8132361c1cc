using Microsoft.Playwright;
using TruongSo.Tests.Browser;
using TruongSo.Web.Modules.Access.Contracts;
using static Microsoft.Playwright.Assertions;

namespace TruongSo.Tests.Modules.People;

/// <summary>The People pages in a real browser: plain forms that post back, under the CSP (BrowserTest watches it).</summary>
public sealed class PeoplePagesTests(BrowserApp browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_clerk_admits_finds_and_follows_a_student()
    {
        var school = await App.Data.SchoolWithYearAsync("6A1", "6A2");
        await SignInAsync(Page, await App.Data.UserAsync(Roles.SchoolAdmin, school.School, "Phạm Thị Lan"));
        await Page.GotoAsync("/hoc-sinh");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Tiếp nhận học sinh" }).ClickAsync();

        await Page.Locator("#admit-name").FillAsync("Nguyễn Văn An");
        await Page.Locator("#admit-dob").FillAsync("2030-01-01");
        await Page.Locator("#admit-gender").SelectOptionAsync("Male");
        await Page.Locator("#admit-class").SelectOptionAsync(new SelectOptionValue { Label = "6A1" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("refusal")).ToContainTextAsync("Ngày sinh 01/01/2030 ở tương lai.");
        await Expect(Page.Locator("#admit-dob")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.Locator("#admit-name")).ToHaveValueAsync("Nguyễn Văn An");
        await Page.Locator("#admit-dob").FillAsync("2014-02-03");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận", Exact = true }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nguyễn Văn An");
        await Expect(Page.GetByText("Đã tiếp nhận học sinh.")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("particulars")).ToContainTextAsync("03/02/2014");
        await Expect(Page.GetByTestId("placements")).ToContainTextAsync("6A1");

        var phone = $"09{Random.Shared.Next(10_000_000, 99_999_999)}";
        await Page.Locator("#guardian-phone").FillAsync(phone);
        await Page.Locator("#guardian-name").FillAsync("Nguyễn Văn Bảy");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Thêm người giám hộ" }).ClickAsync();
        await Expect(Page.GetByTestId("guardians")).ToContainTextAsync("Nguyễn Văn Bảy");
        await Expect(Page.GetByTestId("guardians")).ToContainTextAsync("Liên hệ chính");

        await Page.Locator("#place-class").SelectOptionAsync(new SelectOptionValue { Label = "6A2" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Chuyển lớp", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("placements").Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(Page.GetByTestId("placements")).ToContainTextAsync("6A2");

        await Page.GotoAsync("/hoc-sinh");
        await Page.GetByLabel("Tìm theo họ tên, mã định danh hoặc số định danh").FillAsync("NGUYEN van an");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("students").Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(Page.GetByTestId("students")).ToContainTextAsync("6A2");
    }

    [Fact]
    public async Task A_principal_records_year_end_decisions_and_rolls_over()
    {
        var school = await App.Data.SchoolWithYearAsync("7A1");
        await App.Data.StudentAsync(school.School, "Đặng Thị Hồng", classId: school["7A1"], gender: TruongSo.Web.Modules.People.Contracts.Gender.Female);
        await App.Data.StudentAsync(school.School, "Đặng Văn Khôi", classId: school["7A1"]);
        await SignInAsync(Page, await App.Data.UserAsync(Roles.Principal, school.School));
        await Page.GotoAsync($"/nam-hoc/{school.YearId}/ket-thuc-nam");

        await Page.GetByLabel("Đặng Thị Hồng").SelectOptionAsync("Promote");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lưu quyết định" }).ClickAsync();
        await Expect(Page.GetByLabel("Đặng Thị Hồng")).ToHaveValueAsync("Promote");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lưu và chuyển năm học" }).ClickAsync();

        await Expect(Page.GetByTestId("roll-over-summary")).ToContainTextAsync("1 lên lớp, 0 ở lại lớp, 0 hoàn thành chương trình");
        await Expect(Page.GetByTestId("roll-over-summary")).ToContainTextAsync("Đặng Văn Khôi (7A1)");
    }

    [Fact]
    public async Task A_clerk_adds_a_teacher_and_hands_out_an_account()
    {
        var school = await App.Data.SchoolWithYearAsync();
        await SignInAsync(Page, await App.Data.UserAsync(Roles.SchoolAdmin, school.School));
        await Page.GotoAsync("/can-bo");

        await Page.Locator("summary", new() { HasText = "Thêm cán bộ" }).ClickAsync();
        await Page.Locator("#add-staff-name").FillAsync("Trịnh Thị Mai Phương");
        await Page.Locator("#add-staff-gender").SelectOptionAsync("Female");
        await Page.Locator("#add-staff-subjects").FillAsync("NGUVAN");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Thêm cán bộ" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Trịnh Thị Mai Phương");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Cấp tài khoản đăng nhập" }).ClickAsync();

        await Expect(Page.GetByTestId("new-account")).ToContainTextAsync("phuongttm");
        await Expect(Page.GetByTestId("new-account").Locator("code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[a-z2-9]{12}$"));
        await Page.GotoAsync(Page.Url); // a fresh GET: the password is not shown again
        await Expect(Page.GetByTestId("new-account")).ToHaveCountAsync(0);
        await Expect(Page.GetByTestId("staff-facts")).ToContainTextAsync("Đã có");
    }
}

using Microsoft.Playwright;
using TruongSo.Tests.Modules.Gradebook;
using TruongSo.Tests.Modules.Records.Issuing;
using TruongSo.Tests.Modules.Records.Rendition;
using static Microsoft.Playwright.Assertions;

namespace TruongSo.Tests.Browser;

/// <summary>
/// Học bạ số in a real browser: the GVCN signs the class, the principal signs and seals it (progress
/// shown while it runs), and a parent on a phone opens the child's transcript and checks it.
/// </summary>
public sealed class TranscriptJourneyTests(BrowserApp browser) : BrowserTest(browser)
{
    [Fact]
    public async Task The_GVCN_and_the_principal_sign_the_class_and_a_parent_checks_the_transcript_on_a_phone()
    {
        var y = await App.FinishedYearAsync();
        var c = y.Class;
        await SignClassApiTests.KeysForAsync(App, c);
        var parent = await App.Data.ParentOfAsync(c.School, y.StudentId);

        await SignInAsync(Page, c.Gvcn);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Học bạ số" }).First.ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Lớp 6A1" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Học bạ lớp 6A1");
        await SignAsync("giáo viên chủ nhiệm", "sai-mật-khẩu");
        await Expect(Page.GetByTestId("refusal")).ToHaveTextAsync("Mật khẩu của tệp chứng thư số (PKCS#12) không đúng, hoặc tệp không phải PKCS#12.");
        await SignAsync("giáo viên chủ nhiệm", SignClassApiTests.Password);
        await Expect(Page.GetByTestId("signing-done")).ToHaveTextAsync("Xong: đã kí 2 học bạ.");
        await Expect(Page.Locator("table[data-testid=transcripts] [data-testid=status]").First).ToHaveTextAsync("Chờ hiệu trưởng kí");
        await SignOutAsync(Page);

        await SignInAsync(Page, c.Principal);
        await Page.GotoAsync($"/hoc-ba/lop/{c.ClassId}");
        await SignAsync("hiệu trưởng", SignClassApiTests.Password);
        await Expect(Page.GetByTestId("signing-done")).ToHaveTextAsync("Xong: đã kí 2 học bạ.");
        await SignAsync("con dấu của nhà trường", SignClassApiTests.Password);
        await Expect(Page.GetByTestId("signing-done")).ToHaveTextAsync("Xong: đã kí 2 học bạ.");
        await Expect(Page.GetByText("2/2 học bạ đã ban hành")).ToBeVisibleAsync();
        await ScreenshotAsync(Page, "transcripts-class");
        await SignOutAsync(Page);

        var phone = await OpenAsync(Phone);
        await SignInAsync(phone, parent);
        await phone.GotoAsync("/hoc-ba/cua-toi");
        var child = phone.Locator($"section[data-student='{y.StudentId}']");
        await Expect(child.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync(RenditionKit.Name);
        await child.GetByRole(AriaRole.Link, new() { Name = "Xác thực" }).ClickAsync();
        await Expect(phone.GetByText("Hợp lệ: tài liệu đang có hiệu lực.")).ToBeVisibleAsync();
        await Expect(phone.GetByText("Trần Văn Hiệu").First).ToBeVisibleAsync();
        await ScreenshotAsync(phone, "transcript-verify-phone");
    }

    private async Task SignAsync(string role, string password)
    {
        var form = Page.Locator("form").Filter(new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = $"với vai trò {role}" }) });
        await form.GetByLabel("Mật khẩu của khoá kí số").FillAsync(password);
        await form.GetByRole(AriaRole.Button, new() { Name = "Kí cả lớp" }).ClickAsync();
    }
}

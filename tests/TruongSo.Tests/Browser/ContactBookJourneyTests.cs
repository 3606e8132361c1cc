using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TruongSo.Tests.Browser;

/// <summary>
/// Issue 6's "done when" as one continuous story in a real browser: the văn thư prints the
/// activation slip of a mother with children in two schools; she activates on a phone and sees
/// both; a teacher takes the register on a phone and her son is absent; she asks for a coming day
/// off and the GVCN approves it; the GVCN sends the class an announcement, which reaches her by
/// email (a real SMTP exchange on loopback) and in the portal, and her reading it is counted.
/// Code sets up only what the school's records already hold: schools, classes, staff, pupils.
/// </summary>
public sealed partial class ContactBookJourneyTests(MailingBrowserApp browser) : BrowserTest<MailingBrowserApp>(browser)
{
    private const string Son = "Lê Minh Quân";
    private const string Daughter = "Lê Thảo Vy";
    private const string Mother = "Trần Thị Hoa";
    private const string RegisterDay = "2026-11-16"; // a Monday of the seeded 2026–2027 year
    private const string DayOff = "2026-11-18"; // the Wednesday after: still to come when she asks
    private const string Title = "Họp phụ huynh lớp 6A1 cuối học kì I";
    private const string Body = "Kính mời quý phụ huynh dự họp lúc 14 giờ thứ Bảy, ngày 28/11/2026, tại phòng 204 nhà A.";

    private IPage? gvcnPage;

    [Fact]
    public async Task A_mother_of_two_activates_follows_her_son_asks_a_day_off_and_gets_the_class_announcement_by_email()
    {
        var family = await FamilyOfTwoSchoolsAsync();

        var code = await ClerkPrintsTheActivationSlipAsync(family);
        var phone = await OpenAsync(Phone);
        await MotherActivatesAndSeesBothChildrenAsync(phone, family, code);
        await MotherChoosesEmailAsync(phone, family);
        await TeacherMarksTheSonAbsentOnAPhoneAsync(family);
        await MotherSeesTheAbsenceAsync(phone, family);
        await MotherAsksADayOffAndTheGvcnApprovesItAsync(phone, family);
        await GvcnAnnouncesAndTheMotherReadsItByEmailAndInThePortalAsync(phone, family);
    }

    private async Task<string> ClerkPrintsTheActivationSlipAsync(JourneyFamily family)
    {
        await SignInAsync(Page, family.Clerk);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Tài khoản phụ huynh" }).First.ClickAsync();
        var row = Page.GetByTestId("guardians").Locator($"tr[data-guardian='{family.GuardianId}']");
        await Expect(row).ToContainTextAsync(Mother);
        await Expect(row).ToContainTextAsync("Chưa có tài khoản");
        await Page.GetByTestId("issue-all").ClickAsync();
        var slip = Page.GetByTestId("code-slip");
        await Expect(slip).ToHaveCountAsync(1);
        await Expect(slip.GetByTestId("slip-phone")).ToHaveTextAsync(family.Phone);
        await Expect(slip).ToContainTextAsync(Son);
        await ScreenshotAsync(Page, "journey-1-activation-slip");
        return (await slip.GetByTestId("slip-code").InnerTextAsync()).Trim();
    }

    private static async Task MotherActivatesAndSeesBothChildrenAsync(IPage phone, JourneyFamily family, string code)
    {
        await phone.GotoAsync("/kich-hoat");
        await phone.GetByLabel("Số điện thoại").FillAsync(family.Phone);
        await phone.GetByLabel("Mã kích hoạt").FillAsync(code);
        await phone.GetByLabel("Mật khẩu mới").FillAsync(FamilyData.NewPassword);
        await phone.GetByLabel("Nhập lại mật khẩu").FillAsync(FamilyData.NewPassword);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Kích hoạt", Exact = true }).ClickAsync();
        await Expect(phone.GetByTestId("activated")).ToBeVisibleAsync();

        await SubmitSignInAsync(phone, family.Phone, FamilyData.NewPassword);
        await Expect(phone).ToHaveURLAsync(new Regex("/gia-dinh$"));
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Xin chào, {Mother}");
        var children = phone.GetByTestId("child");
        await Expect(children).ToHaveCountAsync(2);
        await Expect(children.Filter(new() { HasText = Son })).ToContainTextAsync(family.SchoolA);
        await Expect(children.Filter(new() { HasText = Daughter })).ToContainTextAsync(family.SchoolB);
        await NoSidewaysScrollAsync(phone);
        await ScreenshotAsync(phone, "journey-2-family-home-phone");
    }

    /// <summary>Email is on by default; she confirms it on the preferences page, which shows where mail goes.</summary>
    private static async Task MotherChoosesEmailAsync(IPage phone, JourneyFamily family)
    {
        await phone.GotoAsync("/tai-khoan/thong-bao");
        await Expect(phone.GetByTestId("address-email")).ToContainTextAsync(family.Email);
        await phone.Locator("#channel-email").CheckAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Lưu lựa chọn" }).ClickAsync();
        await Expect(phone.GetByTestId("saved")).ToBeVisibleAsync();
        await Expect(phone.Locator("#channel-email")).ToBeCheckedAsync();
    }

    private async Task TeacherMarksTheSonAbsentOnAPhoneAsync(JourneyFamily family)
    {
        var teacher = await OpenAsync(Phone);
        await SignInAsync(teacher, family.Teacher);
        await teacher.GotoAsync($"/diem-danh?ngay={RegisterDay}");
        await teacher.GetByRole(AriaRole.Link, new() { Name = "Lớp 6A1" }).First.ClickAsync();
        await Expect(teacher.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Điểm danh lớp 6A1");
        var rows = teacher.GetByTestId("student");
        await Expect(rows).ToHaveCountAsync(3);
        await rows.Filter(new() { HasText = Son }).Locator("label.mark-K").ClickAsync();
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Lưu điểm danh" }).ClickAsync();
        await Expect(teacher.GetByTestId("saved")).ToHaveTextAsync("Đã lưu điểm danh.");
        await Expect(teacher.GetByTestId("summary")).ToContainTextAsync("Sĩ số 3 · vắng 1 · muộn 0");
        await Expect(rows.Filter(new() { HasText = Son }).Locator("input[value=K]")).ToBeCheckedAsync();
        await ScreenshotAsync(teacher, "journey-3-register-phone");
    }

    private static async Task MotherSeesTheAbsenceAsync(IPage phone, JourneyFamily family)
    {
        await phone.GotoAsync("/gia-dinh");
        await phone.GetByRole(AriaRole.Link, new() { Name = Son }).ClickAsync();
        await Expect(phone.GetByTestId("child-name")).ToHaveTextAsync(Son);
        await phone.GetByTestId("sections").GetByRole(AriaRole.Link, new() { Name = "Chuyên cần" }).ClickAsync();
        await Expect(phone).ToHaveURLAsync(new Regex($"/gia-dinh/{family.SonId}/chuyen-can$"));
        await phone.GotoAsync($"/gia-dinh/{family.SonId}/chuyen-can?thang=2026-11"); // the register's month, whatever today is
        await Expect(phone.GetByTestId("marks")).ToContainTextAsync("16/11/2026 · Buổi sáng · Nghỉ không phép");
        await Expect(phone.GetByTestId("totals")).ToContainTextAsync("0 có phép, 1 không phép");
    }

    private async Task MotherAsksADayOffAndTheGvcnApprovesItAsync(IPage phone, JourneyFamily family)
    {
        await phone.GetByLabel("Từ ngày").FillAsync(DayOff);
        await phone.GetByLabel("Đến ngày").FillAsync(DayOff);
        await phone.GetByLabel("Lý do").FillAsync("Cháu đi khám mắt ở bệnh viện tỉnh.");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Gửi đơn xin nghỉ" }).ClickAsync();
        await Expect(phone.GetByTestId("sent")).ToBeVisibleAsync();
        await Expect(phone.GetByTestId("state")).ToHaveTextAsync("Chờ duyệt");
        await NoSidewaysScrollAsync(phone);
        await ScreenshotAsync(phone, "journey-4-absence-request-phone");

        var gvcn = await GvcnAsync(family);
        await gvcn.GotoAsync($"/diem-danh?ngay={DayOff}");
        var request = gvcn.GetByTestId("request").Filter(new() { HasText = Son });
        await Expect(request).ToContainTextAsync("Cháu đi khám mắt ở bệnh viện tỉnh.");
        await request.GetByRole(AriaRole.Button, new() { Name = "Duyệt", Exact = true }).ClickAsync();
        await Expect(gvcn.GetByTestId("request")).ToHaveCountAsync(0);

        await phone.GotoAsync($"/gia-dinh/{family.SonId}/chuyen-can?thang=2026-11");
        await Expect(phone.GetByTestId("state")).ToHaveTextAsync("Đã duyệt");
        await Expect(phone.GetByTestId("marks")).ToContainTextAsync("18/11/2026 · Buổi sáng · Nghỉ có phép");
        await WaitForMailAsync(family, $"Đơn xin nghỉ của {Son} đã được duyệt");
    }

    private async Task GvcnAnnouncesAndTheMotherReadsItByEmailAndInThePortalAsync(IPage phone, JourneyFamily family)
    {
        var gvcn = await GvcnAsync(family);
        await gvcn.GotoAsync("/lien-lac/thong-bao");
        await gvcn.GetByLabel("Gửi tới").SelectOptionAsync(new SelectOptionValue { Label = "Lớp 6A1" });
        await gvcn.GetByLabel("Tiêu đề").FillAsync(Title);
        await gvcn.GetByLabel("Nội dung").FillAsync(Body);
        await gvcn.GetByRole(AriaRole.Button, new() { Name = "Gửi thông báo" }).ClickAsync();
        await Expect(gvcn.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã gửi thông báo tới 1 tài khoản (Lớp 6A1).");
        await gvcn.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await Expect(gvcn.GetByTestId("read-count")).ToHaveTextAsync("Đã đọc 0/1");

        var mail = await WaitForMailAsync(family, Title);
        mail.Body.Should().Contain(Body).And.Contain($"https://truongso.example/gia-dinh/{family.SonId}/thong-bao");

        await phone.GotoAsync($"/gia-dinh/{family.SonId}");
        await phone.GetByTestId("sections").GetByRole(AriaRole.Link, new() { Name = "Thông báo" }).ClickAsync();
        var announcement = phone.Locator("article.announcement").Filter(new() { HasText = Title });
        await Expect(announcement).ToContainTextAsync(Body);
        await NoSidewaysScrollAsync(phone);
        await ScreenshotAsync(phone, "journey-5-announcement-phone");
        await phone.GotoAsync("/thong-bao-cua-toi");
        await Expect(phone.GetByTestId("notifications")).ToContainTextAsync(Title);

        await gvcn.ReloadAsync();
        await Expect(gvcn.GetByTestId("read-count")).ToHaveTextAsync("Đã đọc 1/1");
        await ScreenshotAsync(gvcn, "journey-5-read-receipts");
        await gvcn.GetByRole(AriaRole.Link, new() { Name = "Thông báo tới phụ huynh" }).First.ClickAsync();
        var sent = gvcn.GetByRole(AriaRole.Row).Filter(new() { HasText = Title });
        await Expect(sent.Locator("td[data-read]")).ToHaveTextAsync("1/1");
    }

    /// <summary>The GVCN's desktop browser, signed in the first time it is needed.</summary>
    private async Task<IPage> GvcnAsync(JourneyFamily family)
    {
        if (gvcnPage is null)
        {
            gvcnPage = await OpenAsync(Desktop);
            await SignInAsync(gvcnPage, family.Gvcn);
        }
        return gvcnPage;
    }

    /// <summary>Polls the SMTP server (no sleeping on a guess) until the mother's mail with that subject is there.</summary>
    private async Task<ReceivedMail> WaitForMailAsync(JourneyFamily family, string subject)
    {
        await Waiting.UntilAsync(() => Browser.MailsTo(family.Email).Any(m => m.Subject == subject), $"an email \"{subject}\" reaches {family.Email}");
        return Browser.MailsTo(family.Email).Single(m => m.Subject == subject);
    }

    private static async Task NoSidewaysScrollAsync(IPage phone) =>
        (await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).Should().BeTrue($"no sideways scrolling on a phone at {phone.Url}");
}

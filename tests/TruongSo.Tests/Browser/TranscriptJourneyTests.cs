using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TruongSo.Tests.Modules.Records.Signing;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Modules.Records.Archive.Data;
using TruongSo.Tests.Modules.Gradebook;
using TruongSo.Tests.Modules.Records.Issuing;
using TruongSo.Tests.Modules.Records.Rendition;
using static Microsoft.Playwright.Assertions;

namespace TruongSo.Tests.Browser;

/// <summary>
/// Học bạ số in a real browser: the GVCN signs the class, the principal signs and seals it (progress
/// shown while it runs), a parent on a phone opens the child's transcript and checks it by its QR code;
/// a correction is version 2, and a transfer carries the whole record to a school that verifies it.
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
        var verify = await child.GetByRole(AriaRole.Link, new() { Name = "Xác thực" }).GetAttributeAsync("href");
        var pdf = await (await phone.APIRequest.GetAsync(verify!.Replace("/xac-thuc/", "/api/v1/records/documents/", StringComparison.Ordinal) + "/pdf")).BodyAsync();

        // What a phone's camera reads on the printed page (zbarimg decodes it) leads to the same check.
        var scanned = new Uri(await PdfTools.QrOfPageAsync(pdf, 1));
        scanned.AbsolutePath.Should().Be(verify);
        await phone.GotoAsync(scanned.PathAndQuery);
        await Expect(phone.GetByText("Hợp lệ: tài liệu đang có hiệu lực.")).ToBeVisibleAsync();
        await Expect(phone.GetByText("Trần Văn Hiệu").First).ToBeVisibleAsync();
        await ScreenshotAsync(phone, "transcript-verify-phone");
    }

    [Fact]
    public async Task The_principal_issues_version_2_and_the_receiving_school_imports_the_whole_record_with_every_signature_verified()
    {
        var y = await App.FinishedYearAsync();
        var c = y.Class;
        await SignClassApiTests.KeysForAsync(App, c);
        var (gvcn, principal) = (await App.ApiAs(c.Gvcn), await App.ApiAs(c.Principal));
        await SignClassApiTests.SignAllAsync(c.ClassId, gvcn, principal);

        await SignInAsync(Page, c.Principal);
        await Page.GotoAsync($"/hoc-ba/lop/{c.ClassId}");
        await Page.GetByRole(AriaRole.Link, new() { Name = RenditionKit.Name }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Học bạ của {RenditionKit.Name}");
        var first = Page.Locator("article[data-version='1']");
        await first.GetByText("Đính chính: lập phiên bản mới").ClickAsync();
        await first.GetByLabel("Lí do đính chính").FillAsync("Sửa nhận xét theo biên bản họp hội đồng ngày 20/11");
        await first.GetByLabel("Nhận xét của hiệu trưởng (nếu thay đổi)").FillAsync("Học sinh xứng đáng khen thưởng toàn diện.");
        await first.GetByRole(AriaRole.Button, new() { Name = "Lập phiên bản mới" }).ClickAsync();
        await Expect(Page.GetByTestId("notice")).ToContainTextAsync("Đã lập phiên bản mới");
        await Expect(Page.Locator("article[data-version='2'] [data-testid=status]")).ToHaveTextAsync("Đang chờ kí");
        await Expect(first.Locator("[data-testid=status]")).ToHaveTextAsync("Đã ban hành"); // still valid until v2 is issued

        await SignClassApiTests.SignAllAsync(c.ClassId, gvcn, principal);
        await Page.ReloadAsync();
        await Expect(Page.Locator("article[data-version='2'] [data-testid=status]")).ToHaveTextAsync("Đã ban hành");
        await Expect(first.Locator("[data-testid=status]")).ToHaveTextAsync("Đã được thay bằng phiên bản mới");
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByTestId("export").ClickAsync());
        var zip = await download.PathAsync();
        await SignOutAsync(Page);

        // The student moves to a school of the same province, which places them in a class.
        var there = await App.Data.SchoolWithYearInAsync(c.Province, "6A3");
        var sending = await App.Data.ApiAsync(Roles.SchoolAdmin, c.School);
        (await sending.PostAsJsonAsync($"/api/v1/students/{y.StudentId}/transfer", new { destinationSchoolId = there.Id, on = "2026-11-16", note = "QĐ 25/QĐ-THCS" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        var receiving = await App.Data.ApiAsync(Roles.SchoolAdmin, there.School);
        (await receiving.PostAsJsonAsync($"/api/v1/students/{y.StudentId}/placements", new { classId = there["6A3"] })).StatusCode.Should().Be(HttpStatusCode.Created);
        var code = await App.WithDbAsync(db => db.Set<Student>().Where(s => s.Id == y.StudentId).Select(s => s.StudentCode).SingleAsync());

        await SignInAsync(Page, await App.Data.UserAsync(Roles.Principal, there.School, "Đỗ Thị Nhận"));
        await Page.GotoAsync("/hoc-ba");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Nhận hồ sơ học bạ chuyển đến" }).ClickAsync();
        await Page.GetByLabel("Mã học sinh").FillAsync(code);
        await Page.GetByLabel("Tệp zip hồ sơ học bạ").SetInputFilesAsync(zip);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra và nhập" }).ClickAsync();
        await Expect(Page.GetByTestId("receive-result")).ToHaveTextAsync("Đã nhập 2 học bạ vào kho lưu trữ của trường; 0 học bạ đã có sẵn.");
        var checks = Page.Locator("[data-testid=received-documents] li");
        await Expect(checks).ToHaveCountAsync(2);
        foreach (var check in await checks.AllInnerTextsAsync())
        {
            check.Should().Contain("Cả 3 chữ ký số hợp lệ, chứng thư tin cậy; chữ ký cuối phủ toàn bộ tệp.").And.Contain("Chữ ký số của tệp XML hợp lệ, chứng thư tin cậy.");
        }
        await ScreenshotAsync(Page, "transcript-received");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Xem hồ sơ học bạ của học sinh" }).ClickAsync();
        await Expect(Page.Locator("article[data-version='2'] [data-testid=status]")).ToHaveTextAsync("Đã ban hành");
        (await App.CliAsync("archive", "verify")).Should().Be(0);

        // Independently of our verifier: poppler finds the three signatures of version 2 valid in the file the new school holds.
        var v2 = await App.WithDbAsync(db => db.Set<ArchivedDocument>().Where(d => d.StudentId == y.StudentId && d.Version == 2).Select(d => d.Id).SingleAsync());
        var held = await (await App.ApiAs(await App.Data.UserAsync(Roles.Principal, there.School))).GetByteArrayAsync($"/api/v1/records/documents/{v2}/pdf");
        var pdfsig = (await ExternalTool.RunAsync("pdfsig", await PdfTools.SaveAsync(held, "pdf"))).Output;
        System.Text.RegularExpressions.Regex.Matches(pdfsig, "Signature is Valid.").Should().HaveCount(3, pdfsig);
    }

    private async Task SignAsync(string role, string password)
    {
        var form = Page.Locator("form").Filter(new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = $"với vai trò {role}" }) });
        await form.GetByLabel("Mật khẩu của khoá kí số").FillAsync(password);
        await form.GetByRole(AriaRole.Button, new() { Name = "Kí cả lớp" }).ClickAsync();
    }
}

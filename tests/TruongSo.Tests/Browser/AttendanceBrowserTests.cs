using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TruongSo.Tests.Modules.Gradebook;
using TruongSo.Web.Modules.Attendance.Data;
using static Microsoft.Playwright.Assertions;

namespace TruongSo.Tests.Browser;

/// <summary>
/// On a phone (390×844): the teacher opens /diem-danh, taps the class, taps only the absent
/// students (K, M), saves once; a parent on a phone requests an absence and the GVCN approves it.
/// </summary>
public sealed class AttendanceBrowserTests(BrowserApp browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_teacher_takes_attendance_on_a_phone()
    {
        var c = await App.Data.AttendanceClassAsync(students: 4);
        var phone = await OpenAsync(Phone);

        await SignInAsync(phone, c.Class.Gvcn);
        await phone.GotoAsync("/diem-danh?ngay=2026-11-16");
        await phone.GetByRole(AriaRole.Link, new() { Name = "Lớp 6A1" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Điểm danh lớp 6A1");
        await Expect(phone.GetByTestId("student")).ToHaveCountAsync(4);
        var rows = phone.GetByTestId("student");
        await rows.Nth(1).Locator("label.mark-K").ClickAsync();
        await rows.Nth(3).Locator("label.mark-M").ClickAsync();
        await ScreenshotAsync(phone, "attendance-phone-register");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Lưu điểm danh" }).ClickAsync();

        await Expect(phone.GetByTestId("saved")).ToHaveTextAsync("Đã lưu điểm danh.");
        await Expect(phone.GetByTestId("summary")).ToContainTextAsync("Sĩ số 4 · vắng 1 · muộn 1");
        await Expect(rows.Nth(1).Locator("input[value=K]")).ToBeCheckedAsync();
        var marks = await App.WithDbAsync(db => db.Set<AttendanceMark>().Where(m => m.ClassId == c.ClassId).OrderBy(m => m.Status).Select(m => new { m.StudentId, m.Status }).ToListAsync());
        marks.Should().Equal(new { StudentId = c.Students[1], Status = MarkStatus.Unexcused }, new { StudentId = c.Students[3], Status = MarkStatus.Late });

        // A second save is a correction: the page asks why.
        await rows.Nth(1).Locator("label.mark-P").ClickAsync();
        await phone.GetByLabel("Lý do sửa điểm danh").FillAsync("Phụ huynh đã gọi điện xin phép");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Lưu sửa điểm danh" }).ClickAsync();
        await Expect(phone.GetByTestId("saved")).ToBeVisibleAsync();
        await Expect(rows.Nth(1).Locator("input[value=P]")).ToBeCheckedAsync();
        await ScreenshotAsync(phone, "attendance-phone-corrected");
    }

    [Fact]
    public async Task A_parent_requests_an_absence_and_the_GVCN_approves_it()
    {
        var c = await App.Data.AttendanceClassAsync(students: 2);
        var parent = await App.Data.ParentOfAsync(c.Class.School, c.Students[0]);
        var phone = await OpenAsync(Phone);

        await SignInAsync(phone, parent);
        await phone.GotoAsync($"/gia-dinh/{c.Students[0]}/chuyen-can");
        await phone.GetByLabel("Từ ngày").FillAsync("2026-11-18");
        await phone.GetByLabel("Đến ngày").FillAsync("2026-11-18");
        await phone.GetByLabel("Lý do").FillAsync("Cháu đi khám răng.");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Gửi đơn xin nghỉ" }).ClickAsync();
        await Expect(phone.GetByTestId("sent")).ToBeVisibleAsync();
        await Expect(phone.GetByTestId("state")).ToHaveTextAsync("Chờ duyệt");
        await ScreenshotAsync(phone, "attendance-parent-request");

        await SignInAsync(Page, c.Class.Gvcn);
        await Page.GotoAsync("/diem-danh?ngay=2026-11-18");
        var request = Page.GetByTestId("request");
        await Expect(request).ToContainTextAsync("Cháu đi khám răng.");
        await request.GetByRole(AriaRole.Button, new() { Name = "Duyệt", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("request")).ToHaveCountAsync(0);
        await Page.GotoAsync($"/diem-danh/lop/{c.ClassId}?ngay=2026-11-18&buoi=sang");
        await Expect(Page.GetByTestId("student").Nth(0).Locator("input[value=P]")).ToBeCheckedAsync();

        await phone.ReloadAsync();
        await Expect(phone.GetByTestId("state")).ToHaveTextAsync("Đã duyệt");
    }
}

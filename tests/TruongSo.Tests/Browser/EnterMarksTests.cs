using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TruongSo.Tests.Browser;

/// <summary>
/// The sổ điểm grid in a real browser: a teacher types with the keyboard, pastes a column from Excel,
/// undoes and redoes, sees "Đã lưu" and the engine's average, reloads and finds every value; a second
/// session (on a phone) changes the same cell and the first gets the conflict and chooses.
/// </summary>
public sealed partial class EnterMarksTests(BrowserApp browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_teacher_types_pastes_undoes_and_finds_the_marks_after_a_reload()
    {
        var cls = await App.Data.GradebookClassAsync(students: 3);
        var teacher = await App.Data.TeacherOfAsync(cls, "TOAN", 1);
        var an = cls.Students[0];
        await SignInAsync(Page, teacher);
        await Page.GotoAsync(cls.Page("TOAN", 1));

        // Keyboard: type, Tab to the right, Enter down (the average needs TX1–TX4, GK, CK: Ex 1 gives 7.7).
        await Cell(Page, "Nguyễn Văn An", "TX1").FocusAsync();
        foreach (var value in new[] { "8", "7", "9", "6" })
        {
            await Page.Keyboard.TypeAsync(value);
            await Page.Keyboard.PressAsync("Tab");
        }
        await Page.Keyboard.TypeAsync("11");
        await Expect(Page.Locator("[data-cell-error]")).ToHaveTextAsync("Nguyễn Văn An, GK: Điểm phải từ 0 đến 10 (đã nhập 11).");
        await Expect(Cell(Page, "Nguyễn Văn An", "GK")).ToHaveClassAsync(new Regex("invalid"));
        await Page.Keyboard.PressAsync("Escape");
        await Cell(Page, "Nguyễn Văn An", "CK").FocusAsync();
        await Page.Keyboard.TypeAsync("8");
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Status()).ToHaveTextAsync("Đã lưu");

        // Paste the GK column from Excel, with a Vietnamese decimal comma.
        await PasteAsync(Cell(Page, "Nguyễn Văn An", "GK"), "7,5\r\n8\r\n6,5\r\n");
        await Expect(Status()).ToHaveTextAsync("Đã lưu");
        await Expect(Cell(Page, "Lê Minh Châu", "GK")).ToHaveValueAsync("6.5");
        await Expect(Result(an)).ToHaveTextAsync("7.7");

        // Undo the paste, then redo it.
        await Cell(Page, "Trần Thị Bình", "CK").FocusAsync();
        await Page.Keyboard.PressAsync("Control+z");
        await Expect(Cell(Page, "Lê Minh Châu", "GK")).ToHaveValueAsync("");
        await Expect(Status()).ToHaveTextAsync("Đã lưu");
        await Expect(Result(an)).ToHaveTextAsync("Chưa đủ điểm");
        await Page.Keyboard.PressAsync("Control+y");
        await Expect(Status()).ToHaveTextAsync("Đã lưu");
        await Expect(Result(an)).ToHaveTextAsync("7.7");

        await Page.ReloadAsync();
        await Expect(Cell(Page, "Nguyễn Văn An", "TX1")).ToHaveValueAsync("8.0");
        await Expect(Cell(Page, "Nguyễn Văn An", "GK")).ToHaveValueAsync("7.5");
        await Expect(Cell(Page, "Lê Minh Châu", "GK")).ToHaveValueAsync("6.5");
        await Expect(Result(an)).ToHaveTextAsync("7.7");
    }

    [Fact]
    public async Task The_same_cell_changed_on_a_phone_comes_back_as_a_conflict_to_take_or_overwrite()
    {
        var cls = await App.Data.GradebookClassAsync(students: 2);
        var teacher = await App.Data.TeacherOfAsync(cls, "TOAN", 1);
        await SignInAsync(Page, teacher);
        await Page.GotoAsync(cls.Page("TOAN", 1));
        var phone = await OpenAsync(Phone);
        await SignInAsync(phone, teacher);
        await phone.GotoAsync(cls.Page("TOAN", 1));

        // On the phone the grid scrolls inside its frame, the names stay in view, and the page does not scroll sideways.
        var overflow = await phone.EvaluateAsync<bool[]>(
            "() => { const w = document.querySelector('.marks-wrap'); return [w.scrollWidth > w.clientWidth, document.documentElement.scrollWidth <= window.innerWidth]; }");
        overflow.Should().Equal(true, true);
        await Expect(phone.Locator("table.marks-grid th.name").First).ToHaveCSSAsync("position", "sticky");

        await Cell(phone, "Nguyễn Văn An", "TX1").FocusAsync();
        await phone.Keyboard.TypeAsync("9");
        await phone.Keyboard.PressAsync("Enter");
        await Expect(phone.Locator("[data-grid-status]")).ToHaveTextAsync("Đã lưu");

        await Cell(Page, "Nguyễn Văn An", "TX1").FocusAsync();
        await Page.Keyboard.TypeAsync("5");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.TypeAsync("6");
        await Page.Keyboard.PressAsync("Tab");
        var conflict = Page.Locator(".conflict-item");
        await Expect(conflict).ToContainTextAsync(new Regex(@"Nguyễn Văn An, TX1: Ô này vừa được Lê Thị Hoa sửa lúc \d\d:\d\d \d\d/\d\d/\d{4} thành 9\.0; giá trị của bạn chưa được lưu\."));
        await Expect(Cell(Page, "Nguyễn Văn An", "TX1")).ToHaveClassAsync(new Regex("conflict"));
        await Expect(Cell(Page, "Nguyễn Văn An", "TX2")).ToHaveValueAsync("6.0"); // the other cell was saved

        await conflict.GetByRole(AriaRole.Button, new() { Name = "Ghi đè bằng giá trị của tôi (5)" }).ClickAsync();
        await Expect(conflict).ToHaveCountAsync(0);
        await Expect(Status()).ToHaveTextAsync("Đã lưu");
        await Expect(Cell(Page, "Nguyễn Văn An", "TX1")).ToHaveValueAsync("5.0");

        // The cell's history, from the cell.
        await Cell(Page, "Nguyễn Văn An", "TX1").FocusAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lịch sử ô đang chọn" }).ClickAsync();
        var dialog = Page.Locator("dialog[data-history-dialog]");
        await Expect(dialog.Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(dialog.Locator("tbody tr").First).ToContainTextAsync("Lê Thị Hoa9.05.0");

        await phone.ReloadAsync();
        await Expect(Cell(phone, "Nguyễn Văn An", "TX1")).ToHaveValueAsync("5.0");
    }

    private ILocator Status() => Page.Locator("[data-grid-status]");

    private ILocator Result(Guid student) => Page.Locator($"tr[data-student='{student}'] td[data-result]");

    private static ILocator Cell(IPage page, string student, string column) =>
        page.GetByRole(AriaRole.Textbox, new() { Name = $"{student}, {column}", Exact = true });

    /// <summary>A paste as Excel puts it on the clipboard: tab- and newline-separated text.</summary>
    private static async Task PasteAsync(ILocator cell, string text)
    {
        await cell.FocusAsync();
        await cell.EvaluateAsync("(el, text) => { const dt = new DataTransfer(); dt.setData('text/plain', text); "
            + "el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true })); }", text);
    }
}

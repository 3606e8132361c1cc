using Microsoft.Playwright;
using TruongSo.Rules.Grading;
using TruongSo.Tests.Modules.Gradebook;
using TruongSo.Web.Modules.Gradebook.Data;
using static Microsoft.Playwright.Assertions;

namespace TruongSo.Tests.Browser;

/// <summary>
/// The end of a school year in a real browser: the GVCN enters each term's conduct, closes the
/// year, the principal locks it, and the class page shows what the rule engine gives. The subject
/// results are those the teachers' grid recorded (inserted here, as the grid has its own tests).
/// </summary>
public sealed class HomeroomTests(BrowserApp browser) : BrowserTest(browser)
{
    private static readonly RecordedYear Ex10 = RecordedYear.Flat("9.0", "8.5", "8.2", "8.0", "8.0", "8.1", "8.4", "4.8");
    private static readonly RecordedYear Excellent = RecordedYear.Flat("9.0", "9.2", "9.5", "9.0", "9.1", "9.3", "8.6", "8.8");

    [Fact]
    public async Task The_GVCN_enters_conduct_and_closes_the_year_the_principal_locks_it_and_the_page_shows_the_engines_results()
    {
        var c = await App.Data.HomeroomClassAsync(students: 2);
        await App.Data.RecordAsync(c, c.Students[0], Ex10);
        await App.Data.RecordAsync(c, c.Students[1], Excellent);
        await App.Data.CompleteSubjectSheetsAsync(c, GradingPeriod.Hk1, GradingPeriod.Hk2);
        var expected = new[] { Ex10, Excellent }.Select(y => Tt22Engine.Evaluate(HomeroomResultsTests.Input(y, Achievement.Tot, Achievement.Tot, 0), GradingSettings.Default)).ToList();

        await SignInAsync(Page, c.Gvcn);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Lớp chủ nhiệm" }).First.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Lớp 6A1 · Học kì I");
        await EnterConductAsync("Tốt");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Học kì II" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Lớp 6A1 · Học kì II");
        await EnterConductAsync("Tốt");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Cả năm" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Tổng kết cả năm" }).ClickAsync();
        await Expect(Page.GetByText("Đã tổng kết: kết quả của cả lớp đã được ghi lại.")).ToBeVisibleAsync();
        await ScreenshotAsync(Page, "homeroom-year");
        await SignOutAsync(Page);

        await SignInAsync(Page, c.Principal);
        await Page.GotoAsync("/so-diem/khoa-so");
        var year = Page.Locator("section[data-period=year]");
        await Expect(year).ToContainTextAsync("1 sổ, 0 chưa hoàn thành."); // the year has the homeroom sheet, closed
        await year.GetByRole(AriaRole.Button, new() { Name = "Khoá sổ kì này" }).ClickAsync();
        await Expect(Page.GetByText("Đã khoá sổ.")).ToBeVisibleAsync();
        await Expect(Page.Locator("section[data-period=year] h2 .badge.ok")).ToHaveTextAsync("Đã khoá");

        await Page.GotoAsync($"/chu-nhiem/{c.ClassId}?ky=year");
        await Expect(Page.GetByText("Kì này đã khoá sổ.")).ToBeVisibleAsync();
        var rows = Page.Locator("table[data-testid=results] tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        var first = rows.Nth(0);
        await Expect(first.Locator("[data-testid=learning]")).ToContainTextAsync(Vi(expected[0].Learning.Year!.Value.Result));
        await Expect(first.Locator("[data-testid=learning]")).ToContainTextAsync("điều chỉnh theo Điều 9.3");
        await Expect(first.Locator("[data-testid=outcome]")).ToHaveTextAsync(Labels.Vi(expected[0].YearEnd!.Outcome));
        await Expect(first.Locator("[data-testid=honour]")).ToHaveTextAsync("");
        var second = rows.Nth(1);
        await Expect(second.Locator("[data-testid=learning]")).ToHaveTextAsync(Vi(expected[1].Learning.Year!.Value.Result));
        await Expect(second.Locator("[data-testid=conduct]")).ToHaveTextAsync(Vi(expected[1].ConductYear!.Value));
        await Expect(second.Locator("[data-testid=honour]")).ToHaveTextAsync(Labels.Vi(expected[1].Honour!.Value));
        await first.GetByText("Vì sao?").ClickAsync();
        await Expect(first.Locator("[data-testid=explanation] li").First).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-testid=summary] tr[data-group='Học tập'][data-level=Kha] td.num")).ToHaveTextAsync("1");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Tổng kết cả năm" })).ToHaveCountAsync(0);
    }

    private async Task EnterConductAsync(string level)
    {
        foreach (var select in await Page.Locator("select[aria-label^='Rèn luyện của']").AllAsync())
        {
            await select.SelectOptionAsync(new SelectOptionValue { Label = level });
        }
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await Expect(Page.GetByText("Đã lưu.")).ToBeVisibleAsync();
        await Expect(Page.Locator("table[data-testid=results] [data-testid=conduct]").First).ToHaveTextAsync(level);
    }

    private static string Vi(Achievement a) => Labels.Vi(a);
}

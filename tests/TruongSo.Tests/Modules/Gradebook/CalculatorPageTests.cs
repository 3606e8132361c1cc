using System.Net;
using TruongSo.Rules.Grading;

namespace TruongSo.Tests.Modules.Gradebook;

/// <summary>/tinh-diem: anonymous, a plain form post, the same engine as the API.</summary>
public sealed class CalculatorPageTests(CalculatorApp fixture) : IClassFixture<CalculatorApp>
{
    [Fact]
    public async Task The_page_opens_without_sign_in_and_the_sign_in_page_links_to_it()
    {
        var client = fixture.App.Anonymous();
        (await client.PageAsync("/tinh-diem")).Should().Contain("Công cụ tính điểm").And.Contain("name=\"lop\"");
        (await client.PageAsync("/dang-nhap")).Should().Contain("href=\"/tinh-diem\"");
    }

    [Fact]
    public async Task A_grade_7_form_is_prefilled_with_the_2018_subjects_and_their_assessment_counts()
    {
        var html = await fixture.App.Anonymous().PageAsync("/tinh-diem?lop=7");
        html.Should().Contain("Toán").And.Contain("Giáo dục thể chất").And.Contain("Thông tư 22/2021");
        html.Should().Contain("name=\"m0.hk1.tx3\"", "Toán has 140 periods: 4 regular assessments");
        html.Should().Contain("name=\"m6.hk2.tx1\"").And.NotContain("name=\"m6.hk2.tx2\"", "Công nghệ in grade 7 has 35 periods: 2");
    }

    [Fact]
    public async Task A_posted_form_shows_averages_levels_and_the_steps()
    {
        var client = fixture.App.Anonymous();
        var fields = Toan("8", "7", "9", "6", "7,5", "8", "8", "8", "9", "7", "8", "8.5");
        fields["rl.hk1"] = "Kha";
        fields["rl.hk2"] = "Tot";
        fields["vang"] = "12";

        var response = await client.PostFormAsync("/tinh-diem?lop=7", "tinh-diem", fields);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        response.StatusCode.Should().Be(HttpStatusCode.OK, html);
        html.Should().Contain("data-code=\"TOAN\"><td>Toán</td><td class=\"num\">7,7</td><td class=\"num\">8,2</td><td class=\"num\">8,0</td>");
        html.Should().Contain("Toán, học kì I: ĐTBmhk = (8,0 + 7,0 + 9,0 + 6,0 + 2 × 7,5 + 3 × 8,0) : 9 ≈ 7,667 → 7,7.");
        html.Should().Contain("Kết quả rèn luyện cả năm: học kì I Khá, học kì II Tốt → Tốt");
        html.Should().Contain("value=\"7,5\"", "the form keeps what was typed");
    }

    [Fact]
    public async Task A_wrong_score_is_named_and_nothing_is_computed()
    {
        var response = await fixture.App.Anonymous().PostFormAsync("/tinh-diem?lop=7", "tinh-diem", Toan("11", "7", "9", "6", "7,25", "8", "", "", "", "", "", ""));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.Should().Contain("Toán, HK I, thường xuyên 1: Điểm phải từ 0 đến 10");
        html.Should().Contain("Toán, HK I, giữa kì: Điểm chỉ có tối đa một chữ số thập phân");
        html.Should().NotContain("data-testid=\"calc-result\"");
    }

    [Fact]
    public async Task A_primary_form_gives_the_TT27_result()
    {
        var fields = new Dictionary<string, string>();
        var rowCount = 0;
        var html = await fixture.App.Anonymous().PageAsync("/tinh-diem?lop=4");
        while (html.Contains($"name=\"m{rowCount}.muc\"", StringComparison.Ordinal))
        {
            fields[$"m{rowCount}.muc"] = "T";
            fields[$"m{rowCount}.kt"] = "10";
            rowCount++;
        }
        foreach (var (key, _) in Tt27Engine.Qualities)
        {
            fields[$"pc.{key}"] = "Tot";
        }
        foreach (var (key, _) in Tt27Engine.Competences)
        {
            fields[$"nl.{key}"] = "Tot";
        }

        var response = await fixture.App.Anonymous().PostFormAsync("/tinh-diem?lop=4", "tinh-diem", fields);

        rowCount.Should().BeGreaterThan(5);
        var result = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        result.Should().Contain("data-testid=\"year-result\">Hoàn thành xuất sắc<").And.Contain("Học sinh Xuất sắc");
    }

    private static Dictionary<string, string> Toan(params string[] v) => new()
    {
        ["m0.hk1.tx0"] = v[0], ["m0.hk1.tx1"] = v[1], ["m0.hk1.tx2"] = v[2], ["m0.hk1.tx3"] = v[3], ["m0.hk1.gk"] = v[4], ["m0.hk1.ck"] = v[5],
        ["m0.hk2.tx0"] = v[6], ["m0.hk2.tx1"] = v[7], ["m0.hk2.tx2"] = v[8], ["m0.hk2.tx3"] = v[9], ["m0.hk2.gk"] = v[10], ["m0.hk2.ck"] = v[11],
    };
}

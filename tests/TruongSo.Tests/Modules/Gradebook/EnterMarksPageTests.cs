using System.Net;
using TruongSo.Web.Modules.Access.Contracts;

namespace TruongSo.Tests.Modules.Gradebook;

/// <summary>The grid works as a plain form without JavaScript (progressive enhancement); the school reads it.</summary>
public sealed class EnterMarksPageTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task A_teacher_saves_marks_with_a_plain_form_post(Engine engine)
    {
        var app = await apps.Get(engine);
        var cls = await app.Data.GradebookClassAsync(students: 2);
        var browser = await app.SignedInAsync(await app.Data.TeacherOfAsync(cls, "TOAN", 1));
        var an = cls.Students[0];

        var list = await browser.PageAsync("/so-diem");
        list.Should().Contain("6A1").And.Contain("Toán").And.Contain(cls.Page("TOAN", 1));
        var page = await browser.PageAsync(cls.Page("TOAN", 1));
        page.Should().Contain("Nguyễn Văn An").And.Contain($"name=\"c.{an}.Tx4\"").And.Contain("js/marks-grid.js");

        var saved = await browser.PostFormAsync(cls.Page("TOAN", 1), "marks", new()
        {
            [$"c.{an}.Tx1"] = "7,5", [$"v.{an}.Tx1"] = "0|", [$"c.{an}.Gk"] = "9 (bù)", [$"v.{an}.Gk"] = "0|", [$"c.{an}.Ck"] = "", [$"v.{an}.Ck"] = "0|",
        });
        var html = WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync());
        saved.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Should().Contain("Đã lưu 2 ô.").And.Contain("value=\"7.5\"").And.Contain("value=\"9.0 (bù)\"");

        var refused = await browser.PostFormAsync(cls.Page("TOAN", 1), "marks", new() { [$"c.{an}.Tx2"] = "11", [$"v.{an}.Tx2"] = "0|" });
        html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        html.Should().Contain("Nguyễn Văn An, TX2: Điểm phải từ 0 đến 10 (đã nhập 11).").And.Contain("value=\"11\"", "what was typed stays, to correct");
        (await app.Data.MarkCountAsync(cls)).Should().Be(2);
    }

    [Theory, Engines]
    public async Task The_principal_reads_any_class_read_only_and_a_stranger_finds_nothing(Engine engine)
    {
        var app = await apps.Get(engine);
        var cls = await app.Data.GradebookClassAsync(students: 1);
        var principal = await app.SignedInAsync(await app.Data.UserAsync(Roles.Principal, cls.School));

        var list = await principal.PageAsync($"/so-diem?lop={cls.Id}");
        list.Should().Contain(cls.Page("TOAN", 1)).And.Contain(cls.Page("GDTC", 2));
        var page = await principal.PageAsync(cls.Page("TOAN", 1));
        page.Should().Contain("Chỉ xem.").And.Contain("readonly").And.NotContain("Đánh dấu đã nhập xong");

        var other = await app.Data.GradebookClassAsync(students: 1);
        var stranger = await app.SignedInAsync(await app.Data.TeacherOfAsync(other, "TOAN", 1));
        (await stranger.GetAsync(cls.Page("TOAN", 1))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}

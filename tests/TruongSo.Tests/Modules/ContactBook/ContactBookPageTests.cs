using System.Net;

namespace TruongSo.Tests.Modules.ContactBook;

/// <summary>The contact book's pages as a browser without JavaScript uses them: form posts, and what each side sees.</summary>
public sealed class ContactBookPageTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task The_GVCN_announces_to_their_class_from_the_page_and_sees_how_many_have_read_it(Engine engine)
    {
        var app = await apps.Get(engine);
        var s = await app.Data.TwoClassesAsync();
        var teacher = await app.SignedInAsync(s.A.Gvcn);
        var form = (Guid classId) => new Dictionary<string, string>
        {
            ["Input.Target"] = $"class:{classId}", ["Input.Title"] = "Lịch kiểm tra giữa kì", ["Input.Body"] = "Thứ Hai tuần sau các con kiểm tra Toán.\nPhụ huynh nhắc con ôn bài.",
        };

        var compose = await teacher.PageAsync("/lien-lac/thong-bao");
        var sent = await teacher.PostFormAsync("/lien-lac/thong-bao", "announce", form(s.A.ClassId));
        var refused = await teacher.PostFormAsync("/lien-lac/thong-bao", "announce", form(s.B.ClassId));

        compose.Should().Contain("Lớp 6A1").And.NotContain("Lớp 6A2", "a GVCN is offered only their own class").And.NotContain("Toàn trường");
        var html = WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync());
        html.Should().Contain("Đã gửi thông báo tới 2 tài khoản (Lớp 6A1).").And.Contain("0/2");
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).Should().Contain("Chỉ giáo viên chủ nhiệm của lớp");
        await (await app.SignedInAsync(s.ParentA1)).PageAsync($"/gia-dinh/{s.A.Students[0]}/thong-bao");
        (await teacher.PageAsync("/lien-lac/thong-bao")).Should().Contain("1/2");
        var id = (await (await (await app.ApiAs(s.A.Gvcn)).GetAsync($"/api/v1/contact-book/announcements?schoolId={s.A.School.Id}")).JsonAsync())[0].GetProperty("id").GetGuid();
        (await teacher.PageAsync($"/lien-lac/thong-bao/{id}")).Should().Contain("Đã đọc 1/2").And.Contain("Nguyễn Văn Bình");
        (await (await app.SignedInAsync(s.B.Gvcn)).GetAsync($"/lien-lac/thong-bao/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory, Engines]
    public async Task A_parent_writes_to_a_teacher_from_the_page_and_the_teacher_replies_from_theirs(Engine engine)
    {
        var app = await apps.Get(engine);
        var s = await app.Data.TwoClassesAsync();
        var child = s.A.Students[0];
        var parent = await app.SignedInAsync(s.ParentA1);
        var teacher = await app.SignedInAsync(s.A.Gvcn);

        (await parent.PageAsync($"/gia-dinh/{child}/tin-nhan")).Should().Contain("Giáo Viên Thử — Giáo viên chủ nhiệm");
        var started = await parent.PostFormAsync($"/gia-dinh/{child}/tin-nhan", "start-thread", new()
        {
            ["Input.TeacherStaffId"] = "", ["Input.Subject"] = "Hỏi về bài tập", ["Input.Body"] = "Thưa cô, bài tập Toán tuần này là gì ạ?",
        });
        started.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var threadPage = started.Headers.Location!.OriginalString;
        (await parent.PageAsync(threadPage)).Should().Contain("Thưa cô, bài tập Toán tuần này là gì ạ?");

        var home = await teacher.PageAsync("/lien-lac");
        home.Should().Contain("data-testid=\"unread-total\">1<").And.Contain($"/api/v1/contact-book/classes/{s.A.ClassId}/report-cards.pdf?period=hk1");
        var threadId = threadPage.Split('/')[^1];
        var reply = await teacher.PostFormAsync($"/lien-lac/tin-nhan/{threadId}", "reply", new() { ["Reply.Body"] = "Các con làm bài 1 đến bài 5 trang 42." });
        reply.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await parent.PageAsync($"/gia-dinh/{child}/tin-nhan")).Should().Contain("data-unread=\"1\"");
        (await parent.PageAsync(threadPage)).Should().Contain("Các con làm bài 1 đến bài 5 trang 42.");
        (await (await app.SignedInAsync(s.ParentB)).GetAsync(threadPage)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}

using System.Net;
using TruongSo.Tests.Modules.Gradebook;

namespace TruongSo.Tests.Modules.ContactBook;

/// <summary>Announcements reach exactly their audience's families, count read receipts, and show markup as text.</summary>
public sealed class AnnouncementTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task A_class_announcement_reaches_exactly_that_class_and_counts_who_read_it(Engine engine)
    {
        var app = await apps.Get(engine);
        var s = await app.Data.TwoClassesAsync();
        var pupil = await app.Data.StudentAccountAsync(s.A.School, s.A.Students[1]);
        var gvcn = await app.ApiAs(s.A.Gvcn);

        var sent = await (await gvcn.AnnounceAsync("class", s.A.ClassId)).JsonAsync(HttpStatusCode.Created);
        var id = sent.GetProperty("id").GetGuid();

        sent.GetProperty("recipientCount").GetInt32().Should().Be(3, "two parents and one student with an account sit in 6A1");
        var parentA1 = await app.ApiAs(s.ParentA1);
        var mine = await (await parentA1.GetAsync(ContactBookKit.Portal(s.A.Students[0], "/announcements"))).JsonAsync();
        mine.Strings("title").Should().Equal("Họp phụ huynh đầu năm");
        mine[0].GetProperty("audienceName").GetString().Should().Be("Lớp 6A1");
        var parentB = await app.ApiAs(s.ParentB);
        (await (await parentB.GetAsync(ContactBookKit.Portal(s.B.Students[0], "/announcements"))).JsonAsync()).GetArrayLength().Should().Be(0, "6A2 was not addressed");
        (await parentB.GetAsync(ContactBookKit.Portal(s.A.Students[0], "/announcements"))).StatusCode.Should().Be(HttpStatusCode.NotFound, "another family's child");
        var receipts = $"/api/v1/contact-book/announcements/{id}";
        (await (await gvcn.GetAsync(receipts)).JsonAsync()).GetProperty("announcement").GetProperty("readCount").GetInt32().Should().Be(0);

        (await parentA1.GetAsync(ContactBookKit.Portal(s.A.Students[0], $"/announcements/{id}"))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await parentA1.GetAsync(ContactBookKit.Portal(s.A.Students[0], $"/announcements/{id}"))).StatusCode.Should().Be(HttpStatusCode.OK, "reading twice counts once");
        (await (await app.ApiAs(pupil)).GetAsync(ContactBookKit.Portal(s.A.Students[1], $"/announcements/{id}"))).StatusCode.Should().Be(HttpStatusCode.OK);

        var after = await (await gvcn.GetAsync(receipts)).JsonAsync();
        after.GetProperty("announcement").GetProperty("readCount").GetInt32().Should().Be(2);
        after.GetProperty("announcement").GetProperty("recipientCount").GetInt32().Should().Be(3);
        after.GetProperty("notRead").EnumerateArray().Select(r => r.GetProperty("recipientName").GetString()).Should().Equal("Phạm Văn Cha");
        var list = await (await gvcn.GetAsync($"/api/v1/contact-book/announcements?schoolId={s.A.School.Id}")).JsonAsync();
        list[0].GetProperty("readCount").GetInt32().Should().Be(2);
        (await (await app.ApiAs(s.B.Gvcn)).GetAsync(receipts)).StatusCode.Should().Be(HttpStatusCode.NotFound, "another class's GVCN does not see the receipts");
    }

    [Theory, Engines]
    public async Task Only_the_GVCN_or_the_school_may_announce_and_a_teacher_of_another_school_reaches_nothing(Engine engine)
    {
        var app = await apps.Get(engine);
        var s = await app.Data.TwoClassesAsync();
        var otherGvcn = await app.ApiAs(s.B.Gvcn);
        var elsewhere = await app.Data.HomeroomClassAsync(students: 1);

        (await (await otherGvcn.AnnounceAsync("class", s.A.ClassId)).ShouldBeProblemAsync(HttpStatusCode.Forbidden)).GetProperty("detail").GetString()
            .Should().Contain("chủ nhiệm");
        await (await otherGvcn.AnnounceAsync("school", schoolId: s.A.School.Id)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await (await app.ApiAs(elsewhere.Gvcn)).AnnounceAsync("class", s.A.ClassId)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await (await app.ApiAs(elsewhere.Principal)).AnnounceAsync("school", schoolId: s.A.School.Id)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await (await app.ApiAs(s.A.Gvcn)).AnnounceAsync("class", s.A.ClassId, title: " ")).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("title")[0].GetString().Should().Contain("Tiêu đề");

        var principal = await app.ApiAs(s.A.Principal);
        (await (await principal.AnnounceAsync("grade", schoolId: s.A.School.Id, grade: 6)).JsonAsync(HttpStatusCode.Created)).GetProperty("recipientCount").GetInt32().Should().Be(3);
        var parentB = await app.ApiAs(s.ParentB);
        (await (await parentB.GetAsync(ContactBookKit.Portal(s.B.Students[0], "/announcements"))).JsonAsync())[0].GetProperty("audienceName").GetString().Should().Be("Khối 6");
        await (await principal.AnnounceAsync("grade", schoolId: s.A.School.Id, grade: 9)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await (await principal.AnnounceAsync("school", schoolId: s.A.School.Id)).JsonAsync(HttpStatusCode.Created)).GetProperty("audienceName").GetString().Should().Be("Toàn trường");
    }

    [Theory, Engines]
    public async Task Script_in_an_announcement_is_shown_as_text_on_the_family_page_which_records_the_read(Engine engine)
    {
        var app = await apps.Get(engine);
        var s = await app.Data.TwoClassesAsync();
        var gvcn = await app.ApiAs(s.A.Gvcn);
        var body = "Xin chào <script>alert('x')</script> và <img src=x onerror=alert(1)>";
        var id = (await (await gvcn.AnnounceAsync("class", s.A.ClassId, title: "<b>Khẩn</b>", body: body)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var browser = await app.SignedInAsync(s.ParentA1);

        var first = await browser.GetAsync($"/gia-dinh/{s.A.Students[0]}/thong-bao");
        first.StatusCode.Should().Be(HttpStatusCode.OK);
        var raw = await first.Content.ReadAsStringAsync();

        raw.Should().NotContain("<script>alert").And.NotContain("<img src=x").And.NotContain("<b>Khẩn");
        raw.Should().Contain("&lt;script&gt;").And.Contain("&lt;img src=x onerror=alert(1)&gt;");
        (await browser.PageAsync($"/gia-dinh/{s.A.Students[0]}/thong-bao")).Should().Contain(body);
        (await (await gvcn.GetAsync($"/api/v1/contact-book/announcements/{id}")).JsonAsync()).GetProperty("announcement").GetProperty("readCount").GetInt32().Should().Be(1);
        (await (await app.SignedInAsync(s.ParentB)).GetAsync($"/gia-dinh/{s.A.Students[0]}/thong-bao")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}

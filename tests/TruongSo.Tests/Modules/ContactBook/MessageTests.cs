using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TruongSo.Tests.Modules.Gradebook;
using TruongSo.Web.Modules.People.Data;

namespace TruongSo.Tests.Modules.ContactBook;

/// <summary>Threads between a family and the child's teachers: both sides read and reply, unread counts, and nobody else reads them.</summary>
public sealed class MessageTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task A_parent_writes_to_the_GVCN_who_replies_and_each_side_counts_what_it_has_not_read(Engine engine)
    {
        var app = await apps.Get(engine);
        var s = await app.Data.TwoClassesAsync();
        var parent = await app.ApiAs(s.ParentA1);
        var gvcn = await app.ApiAs(s.A.Gvcn);
        var child = s.A.Students[0];

        var started = await (await parent.StartThreadAsync(child)).JsonAsync(HttpStatusCode.Created);
        var thread = started.GetProperty("id").GetGuid();

        started.GetProperty("teacherName").GetString().Should().Be("Giáo Viên Thử", "the GVCN by default");
        var inbox = await (await gvcn.GetAsync("/api/v1/contact-book/threads")).JsonAsync();
        inbox.Strings("subject").Should().Equal("Xin phép cho cháu nghỉ");
        inbox[0].GetProperty("unread").GetInt32().Should().Be(1);
        var opened = await (await gvcn.GetAsync($"/api/v1/contact-book/threads/{thread}")).JsonAsync();
        opened.GetProperty("messages").Strings("body").Should().Equal("Thưa cô, cháu bị ốm nên nghỉ học hôm nay ạ.");
        (await (await gvcn.GetAsync("/api/v1/contact-book/threads")).JsonAsync())[0].GetProperty("unread").GetInt32().Should().Be(0, "opening reads it");

        (await gvcn.PostAsJsonAsync($"/api/v1/contact-book/threads/{thread}/replies", new { body = "Cô đã nhận được, chúc cháu mau khỏe." })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await (await parent.GetAsync(ContactBookKit.Portal(child, "/messages"))).JsonAsync())[0].GetProperty("unread").GetInt32().Should().Be(1);
        var seen = await (await parent.GetAsync(ContactBookKit.Portal(child, $"/messages/{thread}"))).JsonAsync();
        seen.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("mine").GetBoolean()).Should().Equal(true, false);
        (await parent.PostAsJsonAsync(ContactBookKit.Portal(child, $"/messages/{thread}/replies"), new { body = "Cảm ơn cô ạ." })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await (await parent.GetAsync(ContactBookKit.Portal(child, "/messages"))).JsonAsync())[0].GetProperty("unread").GetInt32().Should().Be(0);
        (await (await gvcn.GetAsync("/api/v1/contact-book/threads")).JsonAsync())[0].GetProperty("unread").GetInt32().Should().Be(1);
    }

    [Theory, Engines]
    public async Task Nobody_outside_the_family_and_the_childs_teachers_reads_or_writes_a_thread(Engine engine)
    {
        var app = await apps.Get(engine);
        var s = await app.Data.TwoClassesAsync();
        var child = s.A.Students[0];
        var thread = (await (await (await app.ApiAs(s.ParentA1)).StartThreadAsync(child)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var elsewhere = await app.Data.HomeroomClassAsync(students: 1);
        var parentOfClassmate = await app.ApiAs(s.ParentA2);
        var reply = new { body = "Xin chào" };

        foreach (var (who, client) in new[] { ("a classmate's parent", parentOfClassmate), ("another family of another class", await app.ApiAs(s.ParentB)) })
        {
            (await client.GetAsync(ContactBookKit.Portal(child, $"/messages/{thread}"))).StatusCode.Should().Be(HttpStatusCode.NotFound, who);
            (await client.GetAsync(ContactBookKit.Portal(child, "/messages"))).StatusCode.Should().Be(HttpStatusCode.NotFound, who);
            (await client.PostAsJsonAsync(ContactBookKit.Portal(child, $"/messages/{thread}/replies"), reply)).StatusCode.Should().Be(HttpStatusCode.NotFound, who);
        }
        (await parentOfClassmate.GetAsync(ContactBookKit.Portal(s.A.Students[1], $"/messages/{thread}"))).StatusCode.Should().Be(HttpStatusCode.NotFound, "through their own child's door");
        var student = await app.ApiAs(await app.Data.StudentAccountAsync(s.A.School, child));
        (await student.GetAsync(ContactBookKit.Portal(child, "/messages"))).StatusCode.Should().Be(HttpStatusCode.NotFound, "the adults' conversation");
        foreach (var (who, user) in new[] { ("the other class's GVCN", s.B.Gvcn), ("a teacher of another school", elsewhere.Gvcn), ("the principal", s.A.Principal) })
        {
            var client = await app.ApiAs(user);
            (await client.GetAsync($"/api/v1/contact-book/threads/{thread}")).StatusCode.Should().Be(HttpStatusCode.NotFound, who);
            (await client.PostAsJsonAsync($"/api/v1/contact-book/threads/{thread}/replies", reply)).StatusCode.Should().Be(HttpStatusCode.NotFound, who);
            (await (await client.GetAsync("/api/v1/contact-book/threads")).JsonAsync()).GetArrayLength().Should().Be(0, who);
        }
        (await (await app.ApiAs(s.ParentA1)).GetAsync(ContactBookKit.Portal(child, "/teachers"))).StatusCode.Should().Be(HttpStatusCode.OK);
        var otherStaff = await app.WithDbAsync(db => db.Set<StaffMember>().Where(m => m.UserId == elsewhere.Gvcn.Id).Select(m => m.Id).FirstAsync());
        (await (await (await app.ApiAs(s.ParentA1)).StartThreadAsync(child, teacherStaffId: otherStaff)).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("teacherStaffId")[0].GetString().Should().Contain("không dạy lớp");
    }

    [Theory, Engines]
    public async Task Script_in_a_message_is_shown_as_text_to_the_teacher(Engine engine)
    {
        var app = await apps.Get(engine);
        var s = await app.Data.TwoClassesAsync();
        var body = "<script>document.location='https://x.example'</script><img src=x onerror=alert(1)>";
        var thread = (await (await (await app.ApiAs(s.ParentA1)).StartThreadAsync(s.A.Students[0], body)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var teacher = await app.SignedInAsync(s.A.Gvcn);

        var raw = await (await teacher.GetAsync($"/lien-lac/tin-nhan/{thread}")).Content.ReadAsStringAsync();

        raw.Should().NotContain("<script>document").And.NotContain("<img src=x");
        (await teacher.PageAsync($"/lien-lac/tin-nhan/{thread}")).Should().Contain(body);
        (await teacher.PageAsync("/lien-lac/tin-nhan")).Should().Contain("Xin phép cho cháu nghỉ");
    }

    [Theory, Engines]
    public async Task A_flood_of_messages_is_refused_with_a_clear_message_and_other_families_are_not_held_up(Engine engine)
    {
        await using var app = await TestApp.StartAsync(engine, new Dictionary<string, string> { ["ContactBook:MessagesPerWindow"] = "3" });
        var s = await app.Data.TwoClassesAsync();
        var parent = await app.ApiAs(s.ParentA1);
        var thread = (await (await parent.StartThreadAsync(s.A.Students[0])).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var replies = ContactBookKit.Portal(s.A.Students[0], $"/messages/{thread}/replies");

        (await parent.PostAsJsonAsync(replies, new { body = "Lần hai" })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await parent.PostAsJsonAsync(replies, new { body = "Lần ba" })).StatusCode.Should().Be(HttpStatusCode.Created);
        var refused = await (await parent.PostAsJsonAsync(replies, new { body = "Lần bốn" })).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);

        refused.GetProperty("detail").GetString().Should().Contain("3 tin nhắn").And.Contain("vui lòng đợi");
        await (await parent.StartThreadAsync(s.A.Students[0])).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        (await (await app.ApiAs(s.ParentA2)).StartThreadAsync(s.A.Students[1])).StatusCode.Should().Be(HttpStatusCode.Created, "the limit is per account");
        (await (await app.ApiAs(s.A.Gvcn)).GetStringAsync($"/api/v1/contact-book/threads/{thread}")).Should().NotContain("Lần bốn", "nothing of a refused message is kept");
    }
}

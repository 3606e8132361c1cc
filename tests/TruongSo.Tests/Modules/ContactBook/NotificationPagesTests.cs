using System.Net;
using TruongSo.Web.Modules.ContactBook.Contracts;
using TruongSo.Web.Modules.ContactBook.Notifications.Data;

namespace TruongSo.Tests.Modules.ContactBook;

/// <summary>The pages a parent uses on a phone: the notifications list and the choice of channels (no script needed).</summary>
public sealed class NotificationPagesTests(NotificationApps apps) : IClassFixture<NotificationApps>
{
    [Theory, Engines]
    public async Task A_parent_reads_their_notifications_and_marks_them_read(Engine engine)
    {
        var app = await apps.Get(engine);
        var family = await app.FamilyAsync();
        await app.EnqueueAsync(new Notice(family.Parent.Id, "thong-bao", "Lịch nghỉ Tết Nguyên đán", "Học sinh nghỉ Tết từ ngày 14/02 đến hết ngày 22/02.", "tet:1", "/thong-bao-cua-toi", family.SchoolId));
        await app.SettledAsync(family.Parent.Id, 1);
        var browser = await app.SignedInAsync(family.Parent);

        var html = await browser.PageAsync("/thong-bao-cua-toi");
        html.Should().Contain("Lịch nghỉ Tết Nguyên đán").And.Contain("Bạn có 1 thông báo chưa đọc.");
        (await browser.PostFormAsync("/thong-bao-cua-toi", "read-all", [])).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await browser.PageAsync("/thong-bao-cua-toi")).Should().Contain("Bạn đã đọc hết thông báo.");
    }

    [Theory, Engines]
    public async Task A_parent_turns_email_off_and_text_messages_on_from_the_account_page(Engine engine)
    {
        var app = await apps.Get(engine);
        var family = await app.FamilyAsync();
        var browser = await app.SignedInAsync(family.Parent);

        var page = await browser.PageAsync("/tai-khoan/thong-bao");
        page.Should().Contain(family.Email).And.Contain(family.Phone).And.Contain("không thu phí theo tin nhắn");
        var saved = await browser.PostFormAsync("/tai-khoan/thong-bao", "notification-preferences", new() { ["Input.Sms"] = "true" });
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var chosen = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
            .SingleAsync(db.Set<NotificationPreference>(), p => p.UserId == family.Parent.Id));
        (chosen.Email, chosen.Sms, chosen.Zalo).Should().Be((false, true, false));
    }
}

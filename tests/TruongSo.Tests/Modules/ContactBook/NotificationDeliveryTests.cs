using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TruongSo.Web.Modules.ContactBook.Contracts;
using TruongSo.Web.Modules.ContactBook.Notifications.Data;
using TruongSo.Web.Modules.ContactBook.Notifications.Delivery;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Tests.Modules.ContactBook;

/// <summary>The outbox delivered by the worker: a real SMTP exchange, a signed webhook, retries, no duplicates, nothing from a rollback.</summary>
public sealed class NotificationDeliveryTests(NotificationApps apps) : IClassFixture<NotificationApps>
{
    private const string Subject = "Thông báo họp phụ huynh lớp 6A1 — thứ Bảy, 14 giờ";
    private const string Body = "Kính gửi quý phụ huynh em Nguyễn Thị Ánh: nhà trường mời quý vị dự họp tại phòng 204, nhà A. Trân trọng!";

    private static Notice NoticeFor(Family f, string key) => new(f.Parent.Id, "thong-bao", Subject, Body, key, $"/gia-dinh/{f.StudentId}/thong-bao", f.SchoolId);

    [Theory, Engines]
    public async Task An_email_reaches_the_SMTP_server_with_its_Vietnamese_subject_and_body_intact(Engine engine)
    {
        var app = await apps.Get(engine);
        var family = await app.FamilyAsync();

        await app.EnqueueAsync(NoticeFor(family, "hop-phu-huynh:1"));

        await Waiting.UntilAsync(() => MailsTo(family).Length == 1, "the worker sends the email");
        var mail = MailsTo(family).Single();
        mail.Subject.Should().Be(Subject);
        mail.Body.Should().StartWith(Body).And.Contain($"https://truongso.example/gia-dinh/{family.StudentId}/thong-bao");
        mail.Headers["Content-Type"].Should().Contain("utf-8");
        mail.From.Should().Be("truong@truongso.example");
        var list = await (await (await app.ApiAs(family.Parent)).GetAsync("/api/v1/notifications")).JsonAsync();
        list.GetProperty("unreadCount").GetInt32().Should().Be(1);
        list.GetProperty("items")[0].GetProperty("subject").GetString().Should().Be(Subject);
    }

    [Theory, Engines]
    public async Task A_busy_SMTP_server_is_tried_again_and_the_email_arrives_once(Engine engine)
    {
        var app = await apps.Get(engine);
        var family = await app.FamilyAsync();
        var before = apps.Smtp.Transactions;
        apps.Smtp.RejectNext = 1;

        await app.EnqueueAsync(NoticeFor(family, "hop-phu-huynh:2"));

        await app.SettledAsync(family.Parent.Id, 1);
        MailsTo(family).Should().ContainSingle();
        apps.Smtp.Transactions.Should().Be(before + 2, "the first attempt got 451, the second went through");
        var message = (await app.OutboxAsync(family.Parent.Id)).Single();
        (message.State, message.Attempts).Should().Be((OutboxState.Delivered, 2));
    }

    [Theory, Engines]
    public async Task A_text_goes_to_the_gateway_signed_and_a_failed_gateway_does_not_resend_the_email(Engine engine)
    {
        var app = await apps.Get(engine);
        var family = await app.FamilyAsync();
        var parent = await app.ApiAs(family.Parent);
        (await parent.PutAsJsonAsync("/api/v1/notifications/preferences", new { email = true, sms = true })).StatusCode.Should().Be(HttpStatusCode.OK);
        apps.Webhook.FailNext = 1;

        await app.EnqueueAsync(NoticeFor(family, "hop-phu-huynh:3"));

        await app.SettledAsync(family.Parent.Id, 1);
        MailsTo(family).Should().ContainSingle("the email went out on the first attempt and is not sent again");
        var call = apps.Webhook.Calls.Single(c => Json(c).GetProperty("to").GetString() == family.Phone);
        var timestamp = call.Headers[WebhookChannel.TimestampHeader];
        call.Headers[WebhookChannel.SignatureHeader].Should().Be("sha256=" + WebhookChannel.Sign(NotificationApps.Secret, timestamp, call.Body));
        call.Headers[WebhookChannel.SignatureHeader].Should().NotBe("sha256=" + WebhookChannel.Sign("sai-bi-mat", timestamp, call.Body));
        call.Headers["Idempotency-Key"].Should().NotBeNullOrEmpty();
        Json(call).GetProperty("channel").GetString().Should().Be("sms");
        Json(call).GetProperty("subject").GetString().Should().Be(Subject);
        (await app.OutboxAsync(family.Parent.Id)).Single().Attempts.Should().Be(2);
    }

    [Theory, Engines]
    public async Task The_same_dedup_key_is_shown_and_sent_once(Engine engine)
    {
        var app = await apps.Get(engine);
        var family = await app.FamilyAsync();

        await app.EnqueueAsync(NoticeFor(family, "diem-danh:1"), NoticeFor(family, "diem-danh:1"));
        await app.EnqueueAsync(NoticeFor(family, "diem-danh:1"));
        await app.EnqueueAsync(NoticeFor(family, "diem-danh:2"));

        await app.SettledAsync(family.Parent.Id, 3);
        var states = (await app.OutboxAsync(family.Parent.Id)).Select(o => o.State).Order();
        states.Should().Equal(OutboxState.Delivered, OutboxState.Delivered, OutboxState.Duplicate);
        var list = await (await (await app.ApiAs(family.Parent)).GetAsync("/api/v1/notifications")).JsonAsync();
        list.GetProperty("total").GetInt32().Should().Be(2);
        MailsTo(family).Should().HaveCount(2);
    }

    [Theory, Engines]
    public async Task A_parent_who_turned_email_off_sees_the_notice_in_the_app_only(Engine engine)
    {
        var app = await apps.Get(engine);
        var family = await app.FamilyAsync();
        var parent = await app.ApiAs(family.Parent);
        var saved = await (await parent.PutAsJsonAsync("/api/v1/notifications/preferences", new { email = false })).JsonAsync();
        saved.GetProperty("channels").EnumerateArray().Single(c => c.GetProperty("channel").GetString() == "email").GetProperty("chosen").GetBoolean().Should().BeFalse();

        await app.EnqueueAsync(NoticeFor(family, "tin-nhan:1"));

        await app.SettledAsync(family.Parent.Id, 1);
        MailsTo(family).Should().BeEmpty();
        var list = await (await parent.GetAsync("/api/v1/notifications")).JsonAsync();
        list.GetProperty("items").GetArrayLength().Should().Be(1);
    }

    [Theory, Engines]
    public async Task A_notice_enqueued_in_a_rolled_back_transaction_is_never_delivered(Engine engine)
    {
        var app = await apps.Get(engine);
        var family = await app.FamilyAsync();

        await app.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync();
            sp.GetRequiredService<INotifications>().Enqueue(NoticeFor(family, "bi-huy:1"));
            await db.SaveChangesAsync();
            await tx.RollbackAsync();
            return 0;
        });
        await app.EnqueueAsync(NoticeFor(family, "sau-do:1"));

        await app.SettledAsync(family.Parent.Id, 1);
        (await app.OutboxAsync(family.Parent.Id)).Single().DedupKey.Should().Be("sau-do:1");
        MailsTo(family).Should().ContainSingle();
    }

    [Theory, Engines]
    public async Task After_the_last_attempt_a_notice_is_failed_and_shown_to_the_school(Engine engine)
    {
        var app = await apps.Get(engine);
        var family = await app.FamilyAsync();
        apps.Smtp.RejectNext = 100;
        try
        {
            await app.EnqueueAsync(NoticeFor(family, "se-that-bai:1"));
            await app.SettledAsync(family.Parent.Id, 1);
        }
        finally
        {
            apps.Smtp.RejectNext = 0;
        }

        var message = (await app.OutboxAsync(family.Parent.Id)).Single();
        (message.State, message.Attempts).Should().Be((OutboxState.Failed, 4));
        message.LastError.Should().Contain("email");
        var school = (await app.WithServicesAsync(sp => sp.GetRequiredService<TruongSo.Web.Modules.Organization.Contracts.IOrgDirectory>().FindAsync(family.SchoolId)))!;
        var principal = await app.Data.ApiAsync(TruongSo.Web.Modules.Access.Contracts.Roles.Principal, school);
        var other = await app.Data.ApiAsync(TruongSo.Web.Modules.Access.Contracts.Roles.Principal, await app.Data.SchoolAsync());
        (await (await principal.GetAsync("/api/v1/notifications/failed")).JsonAsync()).Strings("id").Should().Contain(message.Id.ToString());
        (await (await other.GetAsync("/api/v1/notifications/failed")).JsonAsync()).Strings("id").Should().NotContain(message.Id.ToString());
        (await (await app.ApiAs(family.Parent)).GetAsync("/api/v1/notifications/failed")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await (await (await app.ApiAs(family.Parent)).GetAsync("/api/v1/notifications")).JsonAsync()).GetProperty("total").GetInt32()
            .Should().Be(1, "the in-app list has it even though the email failed");
    }

    private ReceivedMail[] MailsTo(Family family) => [.. apps.Smtp.Received.Where(m => m.To.Contains(family.Email))];

    private static JsonElement Json(WebhookCall call) => JsonDocument.Parse(Encoding.UTF8.GetString(call.Body)).RootElement;
}

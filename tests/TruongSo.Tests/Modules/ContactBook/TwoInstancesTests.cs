using TruongSo.Web.Modules.ContactBook.Contracts;
using TruongSo.Web.Modules.ContactBook.Notifications.Data;

namespace TruongSo.Tests.Modules.ContactBook;

/// <summary>Two app instances on one database share the outbox: the lease gives each message to one worker.</summary>
public sealed class TwoInstancesTests(NotificationApps apps) : IClassFixture<NotificationApps>
{
    [Theory, Engines]
    public async Task Two_instances_deliver_each_notice_once(Engine engine)
    {
        var app = await apps.Get(engine);
        await using var second = await TestApp.StartAsync(engine, NotificationsData.FastNotifications(apps.Smtp, apps.Webhook, NotificationApps.Secret), app.ConnectionString);
        var family = await app.FamilyAsync();
        var notices = Enumerable.Range(1, 30)
            .Select(i => new Notice(family.Parent.Id, "thong-bao", $"Thông báo số {i}", "Nội dung thông báo.", $"nhieu:{i}", null, family.SchoolId)).ToArray();

        await app.EnqueueAsync(notices[..15]);
        await second.EnqueueAsync(notices[15..]);

        await app.SettledAsync(family.Parent.Id, 30);
        (await app.OutboxAsync(family.Parent.Id)).Should().OnlyContain(o => o.State == OutboxState.Delivered);
        var subjects = apps.Smtp.Received.Where(m => m.To.Contains(family.Email)).Select(m => m.Subject).ToList();
        subjects.Should().HaveCount(30).And.OnlyHaveUniqueItems();
    }
}

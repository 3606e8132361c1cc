using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.ContactBook.Notifications.Data;
using TruongSo.Web.Modules.People.Data;

namespace TruongSo.Tests.Modules.ContactBook;

/// <summary>One SMTP server, one gateway and one app per engine whose worker polls every 50 ms (a class's tests run one at a time).</summary>
public sealed class NotificationApps : IAsyncLifetime
{
    public const string Secret = "bi-mat-chung-cua-cong";
    private readonly Dictionary<Engine, Task<TestApp>> apps = [];
    private readonly Lock gate = new();

    public SmtpTestServer Smtp { get; } = new();
    public WebhookReceiver Webhook { get; private set; } = default!;

    public Task<TestApp> Get(Engine engine)
    {
        lock (gate)
        {
            if (!apps.TryGetValue(engine, out var app))
            {
                apps[engine] = app = TestApp.StartAsync(engine, NotificationsData.FastNotifications(Smtp, Webhook, Secret));
            }
            return app;
        }
    }

    public async Task InitializeAsync() => Webhook = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var app in apps.Values)
        {
            await (await app).DisposeAsync();
        }
        await Smtp.DisposeAsync();
        await Webhook.DisposeAsync();
    }
}

public sealed record Family(TestUser Parent, string Email, string Phone, Guid SchoolId, Guid StudentId);

public static class NotificationTestKit
{
    /// <summary>A parent account whose guardian record has an email and a phone, linked to one child.</summary>
    public static async Task<Family> FamilyAsync(this TestApp app)
    {
        var school = await app.Data.SchoolWithYearAsync("6A1");
        var child = await app.Data.StudentAsync(school.School, "Nguyễn Thị Ánh", school["6A1"]);
        var parent = await app.Data.UserAsync(Roles.Parent, school.School, "Nguyễn Văn Đức");
        var email = $"{parent.UserName}@phuhuynh.example";
        var phone = $"09{Random.Shared.Next(10_000_000, 99_999_999)}";
        await app.WithDbAsync(async db =>
        {
            var guardian = new Guardian { FullName = "Nguyễn Văn Đức", NameSearch = "nguyen van duc", Phone = phone, Email = email, UserId = parent.Id, CreatedAt = DateTime.UtcNow };
            db.Add(guardian);
            db.Add(new StudentGuardian { StudentId = child, GuardianId = guardian.Id, Relation = "cha", IsPrimaryContact = true });
            return await db.SaveChangesAsync();
        });
        return new Family(parent, email, phone, school.Id, child);
    }

    public static Task<OutboxMessage[]> OutboxAsync(this TestApp app, Guid recipient) =>
        app.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(o => o.RecipientUserId == recipient).ToArrayAsync());

    /// <summary>Waits until every message enqueued for the recipient has been settled (delivered, duplicate or failed).</summary>
    public static Task SettledAsync(this TestApp app, Guid recipient, int count) =>
        Waiting.UntilAsync(async () => (await app.OutboxAsync(recipient)) is var all && all.Length == count && all.All(o => o.State != OutboxState.Pending),
            "the worker settles every message");
}

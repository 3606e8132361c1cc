using System.Net;
using System.Net.Http.Json;

namespace TruongSo.Tests.Platform;

/// <summary>Past capacity, clients get a quick, explained refusal instead of a time-out.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Sign_in_attempts_are_limited_per_client()
    {
        await using var app = await TestApp.StartAsync(Engine.Sqlite, new Dictionary<string, string> { ["RateLimits:SignInPerMinutePerClient"] = "3" });
        var client = app.Anonymous();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "ai-do", password = "doan-mo-1" })).StatusCode);
        }
        var limited = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "ai-do", password = "doan-mo-1" });

        statuses.Should().Equal(HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests);
        var problem = await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        problem.GetProperty("title").GetString().Should().Be("Quá nhiều yêu cầu; vui lòng thử lại sau ít phút.");
        int.Parse(limited.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture).Should().BePositive();
    }

    [Fact]
    public async Task Requests_beyond_the_concurrency_limit_get_a_quick_503_and_health_stays_up()
    {
        await using var app = await TestApp.StartAsync(Engine.Sqlite, new Dictionary<string, string>
        {
            ["RateLimits:MaxConcurrentRequests"] = "1",
            ["RateLimits:MaxQueuedRequests"] = "0",
        });
        var client = app.Anonymous();
        // Password hashing keeps each sign-in busy for tens of milliseconds, so 40 at once overflow one permit.
        var attempts = Enumerable.Range(0, 40).Select(_ => client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "ai-do", password = "doan-mo-1" }));

        var responses = await Task.WhenAll(attempts);

        var rejected = responses.Where(r => r.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        rejected.Should().NotBeEmpty();
        rejected[0].Headers.RetryAfter!.ToString().Should().Be("1");
        responses.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.ServiceUnavailable || r.StatusCode == HttpStatusCode.Unauthorized);
        (await client.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}

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
        var body = new HeldBody("""{"userName":"ai-do","password":"doan-mo-1"}""");

        // A sign-in whose body has not arrived holds the only permit for as long as the test wants; until it has
        // taken the permit, a probe may get in first (and the held sign-in is turned away: it is sent again).
        var held = client.PostAsync("/api/v1/auth/token", body);
        HttpResponseMessage probe;
        using (var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            while ((probe = await client.GetAsync("/api/v1/me", deadline.Token)).StatusCode != HttpStatusCode.ServiceUnavailable)
            {
                if (held.IsCompleted)
                {
                    (await held).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "a sign-in without its body cannot finish otherwise");
                    held = client.PostAsync("/api/v1/auth/token", body = new HeldBody(body.Json));
                }
            }
        }

        probe.Headers.RetryAfter!.ToString().Should().Be("1");
        (await probe.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable)).GetProperty("title").GetString().Should().NotBeNullOrEmpty();
        (await client.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);
        held.IsCompleted.Should().BeFalse();

        body.Release();
        (await held).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the held sign-in ends normally once its body arrives");
        (await client.GetAsync("/api/v1/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the permit came back");
    }

    /// <summary>A JSON body that is sent only when <see cref="Release"/> is called.</summary>
    private sealed class HeldBody : HttpContent
    {
        private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public HeldBody(string json)
        {
            Json = json;
            Headers.ContentType = new("application/json");
        }

        public string Json { get; }

        public void Release() => released.TrySetResult();

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await released.Task;
            await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(Json));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}

using System.Net;
using System.Net.Http.Json;

namespace TruongSo.Tests.Modules.Gradebook;

public sealed class CalculatorRateLimitTests
{
    [Fact]
    public async Task The_calculator_has_its_own_per_client_limit()
    {
        await using var app = await TestApp.StartAsync(Engine.Sqlite, new Dictionary<string, string> { ["RateLimits:GradeCalculatorPerMinutePerClient"] = "2" });
        var client = app.Anonymous();
        var body = new { ruleSet = "TT22", grade = 7, subjects = new[] { new { code = "TOAN", kind = "score", regularCount = 4, year = 8.0m } } };

        (await client.PostAsJsonAsync("/api/v1/grading/evaluate", body)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.PostAsJsonAsync("/api/v1/grading/evaluate", body)).StatusCode.Should().Be(HttpStatusCode.OK);
        var limited = await client.PostAsJsonAsync("/api/v1/grading/evaluate", body);

        var problem = await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        problem.GetProperty("title").GetString().Should().Contain("Quá nhiều yêu cầu");
        (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "ai-do", password = "x" })).StatusCode
            .Should().Be(HttpStatusCode.Unauthorized, "other endpoints keep their own limits");
    }

    [Fact]
    public async Task The_page_shares_the_calculator_limit()
    {
        await using var app = await TestApp.StartAsync(Engine.Sqlite, new Dictionary<string, string> { ["RateLimits:GradeCalculatorPerMinutePerClient"] = "2" });
        var client = app.Anonymous();

        (await client.GetAsync("/tinh-diem?lop=7")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/tinh-diem?lop=7")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/tinh-diem?lop=7")).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
    }
}

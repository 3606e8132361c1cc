using System.Net;

namespace TruongSo.Tests.Platform;

public sealed class HealthTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task Health_is_ready_once_migrations_are_applied(Engine engine)
    {
        var app = await apps.Get(engine);

        var response = await app.Anonymous().GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }
}

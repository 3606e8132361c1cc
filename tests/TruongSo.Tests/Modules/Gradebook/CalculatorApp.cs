namespace TruongSo.Tests.Modules.Gradebook;

/// <summary>One app for the calculator tests (it stores nothing, so any engine will do), with a limit no test reaches.</summary>
public sealed class CalculatorApp : IAsyncLifetime
{
    private TestApp? app;

    public TestApp App => app ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync() =>
        app = await TestApp.StartAsync(Engine.Sqlite, new Dictionary<string, string> { ["RateLimits:GradeCalculatorPerMinutePerClient"] = "100000" });

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}

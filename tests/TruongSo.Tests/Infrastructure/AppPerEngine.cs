namespace TruongSo.Tests.Infrastructure;

/// <summary>
/// A class fixture: one app per engine, started on first use and shared by the tests of a class
/// (each test still makes its own data).
/// </summary>
public sealed class AppPerEngine : IAsyncLifetime
{
    private readonly Dictionary<Engine, Task<TestApp>> apps = [];
    private readonly Lock gate = new();

    public Task<TestApp> Get(Engine engine)
    {
        lock (gate)
        {
            if (!apps.TryGetValue(engine, out var app))
            {
                apps[engine] = app = TestApp.StartAsync(engine);
            }
            return app;
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in apps.Values)
        {
            await (await app).DisposeAsync();
        }
    }
}

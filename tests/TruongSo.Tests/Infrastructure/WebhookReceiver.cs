using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TruongSo.Tests.Infrastructure;

/// <summary>A call as an SMS/Zalo gateway received it: the raw body and the headers.</summary>
public sealed record WebhookCall(byte[] Body, IReadOnlyDictionary<string, string> Headers);

/// <summary>A stand-in gateway on a real loopback port (Kestrel), recording what it is sent; <see cref="FailNext"/> answers 503.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private int failNext;

    private WebhookReceiver(WebApplication app) => this.app = app;

    public ConcurrentQueue<WebhookCall> Calls { get; } = new();

    public int FailNext { get => Volatile.Read(ref failNext); set => Volatile.Write(ref failNext, value); }

    public Uri Url { get; private set; } = default!;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", async (HttpContext http) =>
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer);
            if (Interlocked.Decrement(ref receiver.failNext) >= 0)
            {
                return Results.StatusCode(503);
            }
            Interlocked.Exchange(ref receiver.failNext, 0);
            receiver.Calls.Enqueue(new WebhookCall(buffer.ToArray(), http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
            return Results.Ok();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(address.TrimEnd('/') + "/hook");
        return receiver;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}

using System.Globalization;
using System.Threading.RateLimiting;
using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Platform.Web;

/// <summary>Bound from "RateLimits". See docs/operations.md for how the defaults were chosen.</summary>
public sealed class RateLimitOptions
{
    public int SignInPerMinutePerClient { get; set; } = 20;
    public int PublicLookupsPerMinutePerClient { get; set; } = 60;

    /// <summary>The public grade calculator (page posts and API), per client IP.</summary>
    public int GradeCalculatorPerMinutePerClient { get; set; } = 60;

    /// <summary>Requests in progress at once: 16 per core (32 on the 2-core reference machine).</summary>
    public int MaxConcurrentRequests { get; set; } = 16 * Environment.ProcessorCount;

    /// <summary>Requests waiting for a slot; past this they get 503 with Retry-After at once.</summary>
    public int MaxQueuedRequests { get; set; } = 16 * Environment.ProcessorCount;
}

internal static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string PublicLookup = "public-lookup";
    public const string GradeCalculator = "grade-calculator";

    public static IServiceCollection AddPlatformRateLimits(this IServiceCollection services, IConfiguration config)
    {
        var limits = config.GetSection("RateLimits").Get<RateLimitOptions>() ?? new RateLimitOptions();
        return services.AddRateLimiter(o =>
        {
            // Past capacity, a fast 503 beats a queue in which every request times out.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(ctx =>
                ctx.Request.Path.StartsWithSegments("/health")
                    ? RateLimitPartition.GetNoLimiter("health")
                    : RateLimitPartition.GetConcurrencyLimiter("all", _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = limits.MaxConcurrentRequests,
                        QueueLimit = limits.MaxQueuedRequests,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    }));
            o.AddPolicy(SignIn, ctx => PerClient(ctx, limits.SignInPerMinutePerClient));
            o.AddPolicy(PublicLookup, ctx => PerClient(ctx, limits.PublicLookupsPerMinutePerClient));
            o.AddPolicy(GradeCalculator, ctx => PerClient(ctx, limits.GradeCalculatorPerMinutePerClient));
            o.OnRejected = async (ctx, ct) =>
            {
                var http = ctx.HttpContext;
                var perClient = ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry);
                http.Response.StatusCode = perClient ? StatusCodes.Status429TooManyRequests : StatusCodes.Status503ServiceUnavailable;
                http.Response.Headers.RetryAfter = ((int)(perClient ? retry.TotalSeconds : 1)).ToString(CultureInfo.InvariantCulture);
                await Results.Problem(statusCode: http.Response.StatusCode, title: Problems.TitleFor(http.Response.StatusCode)).ExecuteAsync(http);
            };
        });
    }

    private static RateLimitPartition<string> PerClient(HttpContext ctx, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}

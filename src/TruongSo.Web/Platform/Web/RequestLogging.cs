using System.Diagnostics;

namespace TruongSo.Web.Platform.Web;

/// <summary>
/// One line per request with its id, route and timing. No query string, body or user name:
/// those may carry personal data (Decree 13/2023); the user is identified by id only.
/// </summary>
internal static partial class RequestLogging
{
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app)
    {
        var log = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("TruongSo.Request");
        return app.Use(async (ctx, next) => await LogAsync(log, ctx, next));
    }

    private static async Task LogAsync(ILogger log, HttpContext ctx, RequestDelegate next)
    {
        ctx.Response.Headers["X-Request-Id"] = ctx.TraceIdentifier;
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(ctx);
        }
        finally
        {
            if (log.IsEnabled(LogLevel.Information))
            {
                var route = (ctx.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? ctx.Request.Path.Value ?? "";
                Logged(log, ctx.Request.Method, route, ctx.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds, ctx.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Route} → {Status} in {ElapsedMs:0.0} ms (user {UserId})")]
    private static partial void Logged(ILogger log, string method, string route, int status, double elapsedMs, string? userId);
}

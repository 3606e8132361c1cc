namespace TruongSo.Web.Platform.Errors;

internal static class ProblemDetailsSetup
{
    public static IServiceCollection AddPlatformProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            var status = ctx.ProblemDetails.Status ?? ctx.HttpContext.Response.StatusCode;
            // The framework's English defaults give way to Vietnamese; our own titles stay.
            if (ctx.ProblemDetails.Title is null || IsFrameworkTitle(ctx.ProblemDetails.Title))
            {
                ctx.ProblemDetails.Title = Problems.TitleFor(status);
            }
            if (status >= 500 && ctx.Exception is not null)
            {
                ctx.ProblemDetails.Detail = "Lỗi hệ thống; đã ghi nhận để xử lý. Hãy báo mã yêu cầu (traceId) cho quản trị viên.";
            }
            ctx.ProblemDetails.Extensions["traceId"] = ctx.HttpContext.TraceIdentifier;
        });

    // Every title of ours is Vietnamese, so an all-ASCII one is the framework's English default.
    private static bool IsFrameworkTitle(string title) => title.All(char.IsAscii);

    /// <summary>Empty 4xx/5xx API responses (401 from a challenge, 404 of no route...) get a problem body.</summary>
    public static WebApplication UseApiProblemBodies(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(async ctx =>
        {
            var http = ctx.HttpContext;
            if (!http.Request.Path.StartsWithSegments("/api"))
            {
                return;
            }
            await Results.Problem(statusCode: http.Response.StatusCode).ExecuteAsync(http);
        });
        return app;
    }
}

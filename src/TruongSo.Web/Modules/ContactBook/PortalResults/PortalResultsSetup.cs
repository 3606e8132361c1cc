using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.ContactBook.PortalResults;

/// <summary>A child's published results for the family: GET /api/v1/portal/children/{id}/results and /gia-dinh/{id}/ket-qua.</summary>
public static class PortalResultsSetup
{
    public static IServiceCollection AddPortalResults(this IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection("PortalResults").Get<PortalResultsOptions>() ?? new PortalResultsOptions());
        services.AddSingleton<SchoolStamps>().AddSingleton<PortalCache>().AddScoped<PortalResultsReader>();
        return services;
    }

    public static WebApplication MapPortalResults(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/portal").WithTags("Cổng phụ huynh").RequireAuthorization();
        api.MapGet("/children/{studentId:guid}/results", async (Guid studentId, Guid? schoolYearId, HttpContext http, PortalResultsReader reader, CancellationToken ct) =>
            {
                if (await reader.ReadAsync(http.User, studentId, schoolYearId, ct) is not { View: not null } found)
                {
                    return Problems.NotFound("kết quả học tập của học sinh này");
                }
                // Private to the family; revalidated on every use, cheaply (304 while the results are the same).
                http.Response.Headers.CacheControl = "private, no-cache";
                http.Response.Headers.ETag = found.ETag;
                return http.Request.Headers.IfNoneMatch == found.ETag
                    ? Results.StatusCode(StatusCodes.Status304NotModified)
                    : Results.Bytes(found.Json, "application/json; charset=utf-8");
            })
            .Produces<ChildResults>()
            .WithSummary("Kết quả học tập của con (hoặc của chính học sinh) trong năm học (mặc định: năm học hiện tại): điểm, kết quả từng môn, học tập, rèn luyện, kết quả cả năm; kì nào đã chốt, đã khoá sổ");
        app.MapChildResultsPage();
        if (app.Configuration.GetValue<bool>("Bench:BareEndpoint"))
        {
            app.MapBenchBareEndpoint();
        }
        return app;
    }
}

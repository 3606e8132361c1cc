using TruongSo.Web.Components;
using TruongSo.Web.Platform.Web;

namespace TruongSo.Web.Modules.Gradebook.Calculator;

/// <summary>The public grade calculator: the page /tinh-diem and POST /api/v1/grading/evaluate.</summary>
public static class GradeCalculatorSetup
{
    public static IServiceCollection AddGradeCalculator(this IServiceCollection services) =>
        services.AddNavLink("Công cụ tính điểm", "/tinh-diem", "Tự tính điểm trung bình môn, kết quả học tập, rèn luyện và lên lớp theo Thông tư 22 và 27.", 800,
            [.. Navigation.Everyone]);

    public static IEndpointRouteBuilder MapGradeCalculator(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/grading/evaluate", CalculatorEndpoint.Evaluate)
            .WithTags("Tính điểm")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.GradeCalculator)
            .WithSummary(CalculatorEndpoint.Summary)
            .WithDescription(CalculatorEndpoint.Description)
            .Produces<Tt22Response>()
            .Produces<Tt27Response>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }
}

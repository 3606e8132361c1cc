using TruongSo.Web.Components;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.Gradebook.MyResults;

/// <summary>A student's own results, read-only, for the student, their family and the staff who may read the class.</summary>
public static class MyResultsSetup
{
    public static IServiceCollection AddMyResults(this IServiceCollection services)
    {
        services.AddScoped<StudentPlacements>().AddScoped<MyResults>().AddScoped<MyChildren>();
        services.AddScoped<Contracts.IFamilyResults, FamilyResultsReader>();
        services.AddNavLink("Kết quả học tập", "/ket-qua-hoc-tap", "Điểm từng môn, kết quả học tập và rèn luyện theo học kì.", 300, Roles.Parent, Roles.Student);
        return services;
    }

    public static WebApplication MapMyResults(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/gradebook").WithTags("Sổ điểm").RequireAuthorization();
        api.MapGet("/students/{studentId:guid}/results", async (Guid studentId, Guid? schoolYearId, HttpContext http, MyResults handler, CancellationToken ct) =>
                await handler.HandleAsync(http.User, studentId, schoolYearId, ct) is { } view ? Results.Ok(view) : Problems.NotFound("kết quả học tập của học sinh này"))
            .WithSummary("Kết quả học tập của một học sinh trong năm học (mặc định: năm học hiện tại): điểm, kết quả từng môn, học tập, rèn luyện, danh hiệu")
            .LogsStudentDataView(StudentData.Results);
        api.MapGet("/my-children", async (HttpContext http, MyChildren handler, CancellationToken ct) => Results.Ok(await handler.HandleAsync(http.User, ct)))
            .WithSummary("Các con của phụ huynh đang đăng nhập (hoặc chính học sinh đang đăng nhập), kèm trường");
        return app;
    }
}

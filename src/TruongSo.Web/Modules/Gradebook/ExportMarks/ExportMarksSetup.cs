using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.Gradebook.ExportMarks;

/// <summary>The sổ điểm and the class summary as xlsx; a class or subject the user may not read answers 404 (ADR 0003).</summary>
public static class ExportMarksSetup
{
    public static IServiceCollection AddExportMarks(this IServiceCollection services) =>
        services.AddScoped<ClassHeading>().AddScoped<ClassStudentResults>().AddScoped<ExportMarks>().AddScoped<ExportSummary>();

    public static WebApplication MapExportMarks(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/gradebook").WithTags("Sổ điểm").RequireAuthorization();
        api.MapGet("/classes/{classId:guid}/subjects/{subjectId:guid}/terms/{term:int}/marks.xlsx",
                async (Guid classId, Guid subjectId, int term, HttpContext http, ExportMarks export, CancellationToken ct) =>
                    await export.HandleAsync(http.User, classId, subjectId, term, ct) switch
                    {
                        ({ } file, _) => Results.File(file.Bytes, GradebookWorkbook.ContentType, file.FileName),
                        (_, var refusal) => refusal!.Status == StatusCodes.Status403Forbidden ? Problems.Forbidden(refusal.Message) : Problems.NotFound(refusal.Message),
                    })
            .WithSummary("Xuất sổ điểm một môn, một học kì của lớp (xlsx, đúng mẫu sổ điểm; nhập lại được)");
        api.MapGet("/classes/{classId:guid}/summary.xlsx", async (Guid classId, string? period, HttpContext http, ExportSummary export, CancellationToken ct) =>
            {
                if (ExportSummary.ParsePeriod(period) is not { } p)
                {
                    return Problems.Validation("period", "period phải là hk1, hk2 hoặc year.");
                }
                return await export.HandleAsync(http.User, classId, p, ct) is { } file
                    ? Results.File(file.Bytes, GradebookWorkbook.ContentType, file.FileName)
                    : Problems.NotFound("kết quả của lớp này");
            })
            .WithSummary("Xuất tổng hợp kết quả của lớp (period=hk1|hk2|year): điểm trung bình các môn, học tập, rèn luyện, kết quả, danh hiệu, thống kê");
        return app;
    }

    /// <summary>Links for the pages that show a class's sổ điểm (the grid, the homeroom view).</summary>
    public static string MarksUrl(Guid classId, Guid subjectId, int term) => $"/api/v1/gradebook/classes/{classId}/subjects/{subjectId}/terms/{term}/marks.xlsx";

    public static string SummaryUrl(Guid classId, string period) => $"/api/v1/gradebook/classes/{classId}/summary.xlsx?period={period}";
}

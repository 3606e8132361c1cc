using TruongSo.Web.Components;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Gradebook.Evaluation;

namespace TruongSo.Web.Modules.Gradebook.EnterMarks;

/// <summary>Nhập điểm: the teacher's grid, its API, and the subject results it keeps in step.</summary>
public static class EnterMarksSetup
{
    public static IServiceCollection AddEnterMarks(this IServiceCollection services)
    {
        services.AddScoped<SubjectResultsWriter>();
        services.AddScoped<SheetFinder>();
        services.AddScoped<StaffNames>();
        services.AddScoped<ReadSheet>();
        services.AddScoped<SaveMarks>();
        services.AddSingleton<SqliteWriterTurn>();
        services.AddSingleton<SaveScopes>();
        services.AddScoped<CompleteSheet>();
        services.AddScoped<MarkHistory>();
        services.AddScoped<MySheets>();
        services.AddNavLink("Sổ điểm", "/so-diem", "Nhập điểm các lớp được phân công; xem sổ điểm của trường.", 50,
            Roles.Teacher, Roles.Principal, Roles.SchoolAdmin);
        return services;
    }

    public static WebApplication MapEnterMarks(this WebApplication app)
    {
        app.MapGroup("/api/v1/gradebook").WithTags("Sổ điểm").RequireAuthorization().MapEnterMarksEndpoints();
        return app;
    }
}

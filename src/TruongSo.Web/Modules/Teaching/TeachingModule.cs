using TruongSo.Web.Components;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Teaching.AssignTeachers;
using TruongSo.Web.Modules.Teaching.Contracts;
using TruongSo.Web.Modules.Teaching.ViewWorkload;

namespace TruongSo.Web.Modules.Teaching;

public static class TeachingModule
{
    public static IServiceCollection AddTeaching(this IServiceCollection services)
    {
        services.AddScoped<ClassScopes>();
        services.AddScoped<IClassScopeProvider>(sp => sp.GetRequiredService<ClassScopes>());
        services.AddScoped<ITeachingAssignments>(sp => sp.GetRequiredService<ClassScopes>());
        services.AddScoped<AssignTeacher>();
        services.AddScoped<TeacherWorkload>();
        services.AddNavLink("Phân công chuyên môn", "/phan-cong", "Giáo viên dạy môn nào, lớp nào; chủ nhiệm; số tiết so với định mức.", 40,
            Roles.SystemAdmin, Roles.Principal, Roles.SchoolAdmin, Roles.Teacher);
        return services;
    }

    public static WebApplication MapTeaching(this WebApplication app)
    {
        app.MapGroup("/api/v1/assignments").WithTags("Phân công chuyên môn").RequireAuthorization().MapAssignmentEndpoints();
        return app;
    }
}

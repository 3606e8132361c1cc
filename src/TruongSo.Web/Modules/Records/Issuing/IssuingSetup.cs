using TruongSo.Web.Components;
using TruongSo.Web.Modules.Access.Contracts;

namespace TruongSo.Web.Modules.Records.Issuing;

/// <summary>Signing a class's transcripts in sequence (GVCN, principal, seal), corrections and revocations.</summary>
public static class IssuingSetup
{
    public static IServiceCollection AddIssuing(this IServiceCollection services)
    {
        services.AddScoped<IssuingGate>();
        services.AddScoped<ClassTranscripts>();
        services.AddScoped<SignTranscripts>();
        services.AddScoped<StartSigning>();
        services.AddSingleton<SigningJobs>();
        services.AddScoped<TranscriptClasses>();
        services.AddScoped<DocumentFiles>();
        services.AddScoped<CorrectTranscript>();
        services.AddScoped<StudentTranscripts>();
        services.AddScoped<FamilyTranscripts>();
        services.AddNavLink("Học bạ số", "/hoc-ba/cua-toi", "Học bạ đã ban hành: tải về và xác thực.", 66, Roles.Parent, Roles.Student);
        services.AddNavLink("Học bạ số", "/hoc-ba", "Lập, kí và tra cứu học bạ số của các lớp đã khoá sổ cả năm.", 65,
            Roles.SystemAdmin, Roles.Principal, Roles.SchoolAdmin, Roles.Teacher);
        return services;
    }

    public static WebApplication MapIssuing(this WebApplication app)
    {
        app.MapGroup("/api/v1/records").WithTags("Học bạ số").RequireAuthorization().MapIssuingEndpoints();
        return app;
    }
}

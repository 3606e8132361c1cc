using TruongSo.Web.Components;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.People.ImportExport.Bulk;
using TruongSo.Web.Modules.People.ImportExport.Page;
using TruongSo.Web.Modules.People.ImportExport.Staff;
using TruongSo.Web.Modules.People.ImportExport.Students;
using TruongSo.Web.Modules.People.ImportExport.Xlsx;

namespace TruongSo.Web.Modules.People.ImportExport;

/// <summary>Import and export of students, guardians and staff (xlsx), wired by PeopleModule.</summary>
internal static class ImportExportSetup
{
    public static IServiceCollection AddPeopleImportExport(this IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection("Import").Get<XlsxLimits>() ?? new XlsxLimits());
        services.AddSingleton<IStudentBulkWriterFactory, StudentBulkWriters>();
        services.AddScoped<ImportStudents>();
        services.AddScoped<ImportStaff>();
        services.AddScoped<Exports>();
        services.AddScoped<ImportUploads>();
        services.AddSingleton<Contracts.ISpreadsheetReader, SpreadsheetReader>();
        services.AddNavLink("Nhập học sinh (Excel)", "/hoc-sinh/nhap", "Nhập, xuất danh sách học sinh bằng tệp Excel.", 205,
            Roles.SystemAdmin, Roles.Principal, Roles.SchoolAdmin);
        return services;
    }

    public static WebApplication MapPeopleImportExport(this WebApplication app)
    {
        app.MapImportEndpoints();
        return app;
    }
}

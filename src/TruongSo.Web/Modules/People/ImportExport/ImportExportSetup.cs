namespace TruongSo.Web.Modules.People.ImportExport;

/// <summary>Import and export of students, guardians and staff (xlsx), wired by PeopleModule.</summary>
internal static class ImportExportSetup
{
    public static IServiceCollection AddPeopleImportExport(this IServiceCollection services) => services;

    public static WebApplication MapPeopleImportExport(this WebApplication app) => app;
}

using TruongSo.Web.Components;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.ManageClasses;
using TruongSo.Web.Modules.Organization.ManageOrgUnits;
using TruongSo.Web.Modules.Organization.ManageSchools;
using TruongSo.Web.Modules.Organization.ManageSchoolYears;
using TruongSo.Web.Modules.Organization.ManageSubjects;
using TruongSo.Web.Modules.Organization.ViewOrgUnits;
using TruongSo.Web.Modules.Organization.ViewSchools;

namespace TruongSo.Web.Modules.Organization;

public static class OrganizationModule
{
    public static IServiceCollection AddOrganization(this IServiceCollection services)
    {
        services.AddScoped<IOrgDirectory, OrgDirectory>();
        services.AddScoped<ISchoolStructure, SchoolStructure>();
        services.AddScoped<CreateOrgUnit>();
        services.AddScoped<FindSchools>().AddScoped<CreateSchool>().AddScoped<EditSchool>().AddScoped<MoveSchool>().AddScoped<ParentUnits>();
        services.AddScoped<FindSchoolYears>().AddScoped<CreateSchoolYear>().AddScoped<ChangeYearStatus>().AddScoped<PrepareNextYear>();
        services.AddScoped<FindClasses>().AddScoped<CreateClass>().AddScoped<EditClass>();
        services.AddScoped<FindSubjects>().AddScoped<AddSubject>().AddScoped<EditSubject>();
        services.AddSingleton<Platform.Hosting.IStartupTask, OrganizationStartup>();
        services.AddNavLink("Trường học", "/truong", "Trường, năm học, lớp và môn học.", 20,
            Roles.SystemAdmin, Roles.MinistryOfficer, Roles.ProvinceOfficer, Roles.Principal, Roles.SchoolAdmin, Roles.Teacher, Roles.Accountant);
        return services;
    }

    public static WebApplication MapOrganization(this WebApplication app)
    {
        app.MapGroup("/api/v1/org-units").WithTags("Đơn vị").RequireAuthorization().MapOrgUnitEndpoints();
        var api = app.MapGroup("/api/v1").RequireAuthorization();
        api.MapGroup("/schools").WithTags("Trường học").MapSchoolEndpoints().MapManageSchoolEndpoints();
        api.MapGroup("/communes").WithTags("Trường học").MapCommuneEndpoints();
        api.MapGroup("/school-years").WithTags("Năm học").MapSchoolYearEndpoints();
        api.MapGroup("/classes").WithTags("Lớp học").MapClassEndpoints();
        api.MapGroup("/subjects").WithTags("Môn học").MapSubjectEndpoints();
        return app;
    }
}

using Microsoft.Extensions.DependencyInjection;
using TruongSo.Web.Modules.Organization;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.ManageClasses;
using TruongSo.Web.Modules.Organization.ManageOrgUnits;
using TruongSo.Web.Modules.Organization.ManageSchools;
using TruongSo.Web.Modules.Organization.ManageSchoolYears;
using TruongSo.Web.Modules.Organization.ViewSchools;

namespace TruongSo.Tests.Infrastructure;

/// <summary>Schools, years and classes made through the Organization module's own handlers.</summary>
public static class OrganizationData
{
    /// <summary>A school with its particulars and seeded subjects, under a new province unless one is given.</summary>
    public static async Task<SchoolDto> NewSchoolAsync(this SchoolData data, OrgUnitRef? parent = null,
        SchoolLevel level = SchoolLevel.LowerSecondary, string name = "Trường THCS Thử Nghiệm", int? lowest = null, int? highest = null)
    {
        parent ??= await data.ProvinceAsync();
        var request = new CreateSchoolRequest(parent.Id, SchoolData.Unique("S"), name, level, SchoolOwnership.Public,
            "Số 1 đường Thử Nghiệm", lowest, highest);
        return await data.App.WithServicesAsync(async sp => Value(await sp.GetRequiredService<CreateSchool>().HandleAsync(request)));
    }

    public static Task<OrgUnitRef> CommuneAsync(this SchoolData data, OrgUnitRef province, string name = "Phường Thử Nghiệm") =>
        data.App.WithServicesAsync(async sp =>
        {
            var (unit, errors) = await sp.GetRequiredService<CreateOrgUnit>()
                .HandleAsync(new CreateOrgUnitRequest(OrgUnitKind.Commune, SchoolData.Unique("X"), name, province.Id));
            return unit ?? throw new InvalidOperationException(string.Join(" ", errors.SelectMany(e => e.Value)));
        });

    /// <summary>A year with the default dates; activated when asked.</summary>
    public static Task<SchoolYearDto> SchoolYearAsync(this SchoolData data, Guid schoolId, int startYear = 2025, bool active = false) =>
        data.App.WithServicesAsync(async sp =>
        {
            var d = SchoolYearDates.Default(startYear);
            var year = Value(await sp.GetRequiredService<CreateSchoolYear>()
                .HandleAsync(new CreateSchoolYearRequest(schoolId, startYear, d.Term1Start, d.Term1End, d.Term2Start, d.Term2End)));
            return active ? Value((await sp.GetRequiredService<ChangeYearStatus>().ActivateAsync(year.Id))!) : year;
        });

    public static Task<ClassDto> ClassAsync(this SchoolData data, SchoolYearDto year, int grade, string name, string? room = null) =>
        data.App.WithServicesAsync(async sp =>
            Value(await sp.GetRequiredService<CreateClass>().HandleAsync(new CreateClassRequest(year.Id, grade, name, room))));

    /// <summary>The school as a unit of the hierarchy, to grant roles on.</summary>
    public static OrgUnitRef Unit(this SchoolDto school) =>
        new(school.Id, OrgUnitKind.School, school.Code, school.Name, school.ParentId, school.ProvinceId);

    private static T Value<T>(Outcome<T> outcome) where T : class =>
        outcome.Value ?? throw new InvalidOperationException(string.Join(" ", outcome.Messages));
}

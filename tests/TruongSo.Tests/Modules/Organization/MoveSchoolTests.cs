using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Data;

namespace TruongSo.Tests.Modules.Organization;

public sealed class MoveSchoolTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task A_moved_school_keeps_its_years_classes_and_subjects_and_changes_Sở(Engine engine)
    {
        var app = await apps.Get(engine);
        var (from, to) = (await app.Data.ProvinceAsync("Tỉnh Tuyên Quang"), await app.Data.ProvinceAsync("Tỉnh Thái Nguyên"));
        var commune = await app.Data.CommuneAsync(to, "Xã Phú Bình");
        var school = await app.Data.NewSchoolAsync(from);
        var year = await app.Data.SchoolYearAsync(school.Id, active: true);
        var classes = new[] { await app.Data.ClassAsync(year, 6, "6A1"), await app.Data.ClassAsync(year, 9, "9A1", "P.201") };
        var admin = await app.ApiAs(await app.Data.UserAsync(Roles.SystemAdmin, await app.Data.MinistryAsync()));
        var oldSở = await app.ApiAs(await app.Data.UserAsync(Roles.ProvinceOfficer, from));
        var newSở = await app.ApiAs(await app.Data.UserAsync(Roles.ProvinceOfficer, to));
        (await oldSở.GetAsync($"/api/v1/schools/{school.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        var subjectsBefore = (await (await admin.GetAsync($"/api/v1/subjects?schoolId={school.Id}&pageSize=200")).JsonAsync()).GetProperty("items").Strings("id").ToList();

        var moved = await (await admin.PostAsJsonAsync($"/api/v1/schools/{school.Id}/move",
            new { parentId = commune.Id, reason = "Sắp xếp lại đơn vị hành chính" })).JsonAsync();

        moved.GetProperty("parentId").GetGuid().Should().Be(commune.Id);
        moved.GetProperty("provinceId").GetGuid().Should().Be(to.Id);
        moved.GetProperty("version").GetGuid().Should().Be(school.Version, "only the place in the hierarchy changes");
        await (await oldSở.GetAsync($"/api/v1/schools/{school.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var seen = await (await newSở.GetAsync($"/api/v1/classes?schoolId={school.Id}")).JsonAsync();
        seen.GetProperty("items").Strings("id").Should().Equal(classes.Select(c => c.Id.ToString()));
        seen.GetProperty("items")[1].GetProperty("room").GetString().Should().Be("P.201");
        var years = await (await newSở.GetAsync($"/api/v1/school-years?schoolId={school.Id}")).JsonAsync();
        years.GetProperty("items")[0].GetProperty("status").GetString().Should().Be("Active");
        (await (await newSở.GetAsync($"/api/v1/subjects?schoolId={school.Id}&pageSize=200")).JsonAsync()).GetProperty("items").Strings("id")
            .Should().Equal(subjectsBefore);
        var audit = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.SchoolId == school.Id && e.Action == "school.move"));
        audit.Reason.Should().Be("Sắp xếp lại đơn vị hành chính");
        audit.Before.Should().Contain(from.Id.ToString());
    }

    [Theory, Engines]
    public async Task A_school_moves_only_under_a_province_or_commune_unit(Engine engine)
    {
        var app = await apps.Get(engine);
        var province = await app.Data.ProvinceAsync();
        var (school, other) = (await app.Data.NewSchoolAsync(province), await app.Data.NewSchoolAsync(province));
        var officer = await app.ApiAs(await app.Data.UserAsync(Roles.ProvinceOfficer, province));

        var problem = await (await officer.PostAsJsonAsync($"/api/v1/schools/{school.Id}/move", new { parentId = other.Id }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("parentId")[0].GetString().Should().Contain("tỉnh/thành phố hoặc một đơn vị cấp xã");
        (await app.WithDbAsync(db => db.Set<OrgUnit>().SingleAsync(u => u.Id == school.Id))).ParentId.Should().Be(province.Id);
    }
}

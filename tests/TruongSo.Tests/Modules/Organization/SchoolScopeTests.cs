using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;

namespace TruongSo.Tests.Modules.Organization;

/// <summary>A school sees its own; a Sở its province; the Bộ all. Hidden answers 404, visible but not allowed 403.</summary>
public sealed class SchoolScopeTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task A_Sở_officer_lists_exactly_the_schools_of_its_province(Engine engine)
    {
        var app = await apps.Get(engine);
        var (mine, other) = (await app.Data.ProvinceAsync("Tỉnh Lào Cai"), await app.Data.ProvinceAsync("Tỉnh Cà Mau"));
        var commune = await app.Data.CommuneAsync(mine, "Phường Cam Đường");
        var inMine = new[] { await app.Data.NewSchoolAsync(mine), await app.Data.NewSchoolAsync(commune) };
        var elsewhere = await app.Data.NewSchoolAsync(other);
        var officer = await app.ApiAs(await app.Data.UserAsync(Roles.ProvinceOfficer, mine));

        var list = await (await officer.GetAsync("/api/v1/schools?pageSize=200")).JsonAsync();

        list.GetProperty("items").Strings("id").Should().BeEquivalentTo(inMine.Select(s => s.Id.ToString()));
        list.GetProperty("totalCount").GetInt32().Should().Be(2);
        await (await officer.GetAsync($"/api/v1/schools/{elsewhere.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var leaked = await (await officer.GetAsync($"/api/v1/subjects?schoolId={elsewhere.Id}")).JsonAsync();
        leaked.GetProperty("totalCount").GetInt32().Should().Be(0, "another province's subjects are out of scope");
    }

    [Theory, Engines]
    public async Task The_Bộ_sees_every_province_and_filters_and_searches_without_diacritics(Engine engine)
    {
        var app = await apps.Get(engine);
        var (p1, p2) = (await app.Data.ProvinceAsync(), await app.Data.ProvinceAsync());
        var trai = await app.Data.NewSchoolAsync(p1, name: "Trường THCS Nguyễn Trãi");
        var chuVanAn = await app.Data.NewSchoolAsync(p2, SchoolLevel.UpperSecondary, "Trường THPT Chu Văn An");
        var officer = await app.ApiAs(await app.Data.UserAsync(Roles.MinistryOfficer, await app.Data.MinistryAsync()));

        var byCode = await (await officer.GetAsync($"/api/v1/schools?q={chuVanAn.Code.ToLowerInvariant()}")).JsonAsync();
        var byName = await (await officer.GetAsync($"/api/v1/schools?provinceId={p1.Id}&q=nguyen trai")).JsonAsync();
        var byLevel = await (await officer.GetAsync($"/api/v1/schools?provinceId={p2.Id}&level=UpperSecondary")).JsonAsync();
        var wrongLevel = await (await officer.GetAsync($"/api/v1/schools?provinceId={p2.Id}&level=Primary")).JsonAsync();

        (await officer.GetAsync($"/api/v1/schools/{chuVanAn.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        byName.GetProperty("items").Strings("id").Should().Equal(trai.Id.ToString());
        byLevel.GetProperty("items").Strings("id").Should().Equal(chuVanAn.Id.ToString());
        wrongLevel.GetProperty("totalCount").GetInt32().Should().Be(0);
        byCode.GetProperty("items").Strings("id").Should().Equal(chuVanAn.Id.ToString());
    }

    [Theory, Engines]
    public async Task A_teacher_reads_their_own_school_only(Engine engine)
    {
        var app = await apps.Get(engine);
        var province = await app.Data.ProvinceAsync();
        var (own, other) = (await app.Data.NewSchoolAsync(province), await app.Data.NewSchoolAsync(province));
        var otherYear = await app.Data.SchoolYearAsync(other.Id);
        var teacher = await app.ApiAs(await app.Data.UserAsync(Roles.Teacher, own.Unit()));

        var list = await (await teacher.GetAsync("/api/v1/schools")).JsonAsync();

        list.GetProperty("items").Strings("id").Should().Equal(own.Id.ToString());
        (await teacher.GetAsync($"/api/v1/schools/{own.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await teacher.GetAsync($"/api/v1/schools/{other.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await teacher.GetAsync($"/api/v1/school-years/{otherYear.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await teacher.GetAsync($"/api/v1/school-years?schoolId={other.Id}")).JsonAsync()).GetProperty("totalCount").GetInt32().Should().Be(0);
    }

    [Theory, Engines]
    public async Task A_Sở_officer_cannot_create_or_move_schools_outside_its_province(Engine engine)
    {
        var app = await apps.Get(engine);
        var (mine, other) = (await app.Data.ProvinceAsync(), await app.Data.ProvinceAsync());
        var school = await app.Data.NewSchoolAsync(mine);
        var officer = await app.ApiAs(await app.Data.UserAsync(Roles.ProvinceOfficer, mine));

        var create = await officer.PostAsJsonAsync("/api/v1/schools", new
        {
            parentId = other.Id, code = SchoolData.Unique("S"), name = "Trường THCS Tỉnh Khác", level = "LowerSecondary", ownership = "Public", address = "1",
        });
        var move = await officer.PostAsJsonAsync($"/api/v1/schools/{school.Id}/move", new { parentId = other.Id });
        var commune = await officer.PostAsJsonAsync("/api/v1/communes", new { provinceId = other.Id, code = SchoolData.Unique("X"), name = "Xã Khác" });

        await create.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await move.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await commune.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await app.WithDbAsync(db => db.Set<OrgUnit>().SingleAsync(u => u.Id == school.Id))).ProvinceId.Should().Be(mine.Id);
    }

    [Theory, Engines]
    public async Task A_Sở_officer_adds_a_commune_unit_and_a_school_under_it(Engine engine)
    {
        var app = await apps.Get(engine);
        var province = await app.Data.ProvinceAsync();
        var officer = await app.ApiAs(await app.Data.UserAsync(Roles.ProvinceOfficer, province));

        var commune = await (await officer.PostAsJsonAsync("/api/v1/communes",
            new { provinceId = province.Id, code = SchoolData.Unique("X"), name = "Xã Tân Lập" })).JsonAsync(HttpStatusCode.Created);
        var school = await (await officer.PostAsJsonAsync("/api/v1/schools", new
        {
            parentId = commune.GetProperty("id").GetGuid(), code = SchoolData.Unique("TH"), name = "Trường Tiểu học Tân Lập",
            level = "Primary", ownership = "Private", address = "Thôn 3, xã Tân Lập",
        })).JsonAsync(HttpStatusCode.Created);

        commune.GetProperty("kind").GetString().Should().Be("Commune");
        school.GetProperty("parentName").GetString().Should().Be("Xã Tân Lập");
        school.GetProperty("provinceId").GetGuid().Should().Be(province.Id);
        school.GetProperty("ownershipName").GetString().Should().Be("Tư thục");
    }
}

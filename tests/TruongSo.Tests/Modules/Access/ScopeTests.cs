using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Access.Data;

namespace TruongSo.Tests.Modules.Access;

/// <summary>Who may see whom: a school sees itself, a Sở its province, the Bộ everything.</summary>
public sealed class ScopeTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task Anonymous_API_call_gets_401_problem(Engine engine)
    {
        var app = await apps.Get(engine);

        var problem = await (await app.Anonymous().GetAsync("/api/v1/org-units")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        problem.GetProperty("title").GetString().Should().Contain("Chưa xác thực");
    }

    [Theory, Engines]
    public async Task Anonymous_page_visit_is_sent_to_sign_in(Engine engine)
    {
        var app = await apps.Get(engine);

        var response = await app.Anonymous().GetAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Be("http://localhost/dang-nhap?ReturnUrl=%2F");
    }

    [Theory, Engines]
    public async Task Teacher_of_school_A_cannot_read_school_B(Engine engine)
    {
        var app = await apps.Get(engine);
        var province = await app.Data.ProvinceAsync();
        var schoolA = await app.Data.SchoolAsync(province);
        var schoolB = await app.Data.SchoolAsync(province);
        var teacher = await app.ApiAs(await app.Data.UserAsync(Roles.Teacher, schoolA));

        (await teacher.GetAsync($"/api/v1/org-units/{schoolA.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await teacher.GetAsync($"/api/v1/org-units/{schoolB.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var list = await (await teacher.GetAsync("/api/v1/org-units?pageSize=200")).JsonAsync();
        list.GetProperty("items").Strings("id").Should().Equal(schoolA.Id.ToString());
    }

    [Theory, Engines]
    public async Task Province_officer_sees_own_province_schools_only(Engine engine)
    {
        var app = await apps.Get(engine);
        var hanoi = await app.Data.ProvinceAsync("Thành phố Hà Nội");
        var hue = await app.Data.ProvinceAsync("Thành phố Huế");
        var inHanoi = new[] { await app.Data.SchoolAsync(hanoi), await app.Data.SchoolAsync(hanoi) };
        var inHue = await app.Data.SchoolAsync(hue);
        var officer = await app.ApiAs(await app.Data.UserAsync(Roles.ProvinceOfficer, hanoi));

        var list = await (await officer.GetAsync("/api/v1/org-units?kind=School&pageSize=200")).JsonAsync();

        list.GetProperty("items").Strings("id").Should().BeEquivalentTo(inHanoi.Select(s => s.Id.ToString()));
        await (await officer.GetAsync($"/api/v1/org-units/{inHue.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory, Engines]
    public async Task Ministry_officer_reads_any_school(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolAsync();
        var ministry = await app.Data.MinistryAsync();
        var officer = await app.ApiAs(await app.Data.UserAsync(Roles.MinistryOfficer, ministry));

        (await officer.GetAsync($"/api/v1/org-units/{school.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory, Engines]
    public async Task Parent_and_student_see_no_org_data_and_no_users(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolAsync();
        var parent = await app.ApiAs(await app.Data.UserAsync(Roles.Parent, school));

        await (await parent.GetAsync($"/api/v1/org-units/{school.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await parent.GetAsync("/api/v1/users")).JsonAsync()).GetProperty("totalCount").GetInt32().Should().Be(0);
    }

    [Theory, Engines]
    public async Task School_admin_manages_users_of_own_school_only(Engine engine)
    {
        var app = await apps.Get(engine);
        var province = await app.Data.ProvinceAsync();
        var own = await app.Data.SchoolAsync(province);
        var other = await app.Data.SchoolAsync(province);
        var clerk = await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, own));
        var userName = SchoolData.Unique("gv").ToLowerInvariant();

        var created = await clerk.PostAsJsonAsync("/api/v1/users", new { userName, fullName = "Lê Thị Mai", password = "Matkhau123", role = Roles.Teacher, orgUnitId = own.Id });
        var elsewhere = await clerk.PostAsJsonAsync("/api/v1/users", new { userName = userName + "x", fullName = "Lê Thị Mai", password = "Matkhau123", role = Roles.Teacher, orgUnitId = other.Id });
        var escalate = await clerk.PostAsJsonAsync("/api/v1/users", new { userName = userName + "y", fullName = "Lê Thị Mai", password = "Matkhau123", role = Roles.SystemAdmin, orgUnitId = own.Id });

        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        await elsewhere.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await escalate.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var list = await (await clerk.GetAsync($"/api/v1/users?q={userName}")).JsonAsync();
        list.GetProperty("items").Strings("userName").Should().Equal(userName);
    }

    [Theory, Engines]
    public async Task Revoked_scope_is_not_cached_in_the_token(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolAsync();
        var teacherUser = await app.Data.UserAsync(Roles.Teacher, school);
        var teacher = await app.ApiAs(teacherUser);
        (await teacher.GetAsync($"/api/v1/org-units/{school.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);

        await app.WithDbAsync(db => db.Set<RoleGrant>().Where(g => g.UserId == teacherUser.Id).ExecuteDeleteAsync());

        await (await teacher.GetAsync($"/api/v1/org-units/{school.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory, Engines]
    public async Task Paging_is_validated_with_the_field_named(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolAsync();
        var principal = await app.ApiAs(await app.Data.UserAsync(Roles.Principal, school));

        var problem = await (await principal.GetAsync("/api/v1/org-units?pageSize=500")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("pageSize")[0].GetString().Should().Be("Số dòng mỗi trang phải từ 1 đến 200.");
    }
}

using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Data;

namespace TruongSo.Tests.Modules.Organization;

public sealed class ClassTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task Classes_list_by_grade_in_natural_order(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.NewSchoolAsync();
        var year = await app.Data.SchoolYearAsync(school.Id, active: true);
        var clerk = await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, school.Unit()));
        foreach (var (grade, name) in new[] { (7, "7A1"), (6, "6A10"), (6, "6A2"), (6, "6B1"), (6, "6A1"), (6, "6A9") })
        {
            (await clerk.PostAsJsonAsync("/api/v1/classes", new { schoolYearId = year.Id, grade, name })).StatusCode.Should().Be(HttpStatusCode.Created);
        }

        var all = await (await clerk.GetAsync($"/api/v1/classes?schoolYearId={year.Id}")).JsonAsync();
        var grade6 = await (await clerk.GetAsync($"/api/v1/classes?schoolId={school.Id}&grade=6&pageSize=2&page=2")).JsonAsync();

        all.GetProperty("items").Strings("name").Should().Equal("6A1", "6A2", "6A9", "6A10", "6B1", "7A1");
        grade6.GetProperty("items").Strings("name").Should().Equal("6A9", "6A10");
        grade6.GetProperty("totalCount").GetInt32().Should().Be(5);
    }

    [Theory, Engines]
    public async Task A_class_list_names_a_school_or_a_year(Engine engine)
    {
        var app = await apps.Get(engine);
        var clerk = await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, (await app.Data.NewSchoolAsync()).Unit()));

        var problem = await (await clerk.GetAsync("/api/v1/classes")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").TryGetProperty("schoolId", out _).Should().BeTrue();
    }

    [Theory, Engines]
    public async Task Bad_classes_are_refused_with_the_field_named_and_nothing_written(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.NewSchoolAsync();
        var year = await app.Data.SchoolYearAsync(school.Id);
        await app.Data.ClassAsync(year, 7, "7A1");
        var clerk = await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, school.Unit()));

        var duplicate = await (await clerk.PostAsJsonAsync("/api/v1/classes", new { schoolYearId = year.Id, grade = 7, name = " 7a1 " }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var outside = await (await clerk.PostAsJsonAsync("/api/v1/classes", new { schoolYearId = year.Id, grade = 10, name = "10A1" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var slip = await (await clerk.PostAsJsonAsync("/api/v1/classes", new { schoolYearId = year.Id, grade = 8, name = "6A3" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        duplicate.GetProperty("errors").GetProperty("name")[0].GetString().Should().Be("Năm học này đã có lớp 7a1.");
        outside.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal("grade");
        outside.GetProperty("errors").GetProperty("grade")[0].GetString().Should().Be("Khối lớp phải từ 6 đến 9, các khối của trường.");
        slip.GetProperty("errors").GetProperty("name")[0].GetString().Should().Contain("khối 8");
        (await app.WithDbAsync(db => db.Set<SchoolClass>().Where(c => c.SchoolYearId == year.Id).Select(c => c.Name).ToListAsync()))
            .Should().Equal("7A1");
    }

    [Theory, Engines]
    public async Task A_clerk_of_school_A_cannot_create_or_edit_classes_of_school_B(Engine engine)
    {
        var app = await apps.Get(engine);
        var province = await app.Data.ProvinceAsync();
        var (a, b) = (await app.Data.NewSchoolAsync(province), await app.Data.NewSchoolAsync(province));
        var yearB = await app.Data.SchoolYearAsync(b.Id);
        var classB = await app.Data.ClassAsync(yearB, 6, "6A1");
        var clerkA = await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, a.Unit()));
        var teacherB = await app.ApiAs(await app.Data.UserAsync(Roles.Teacher, b.Unit()));

        await (await clerkA.PostAsJsonAsync("/api/v1/classes", new { schoolYearId = yearB.Id, grade = 6, name = "6A2" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await clerkA.PutAsJsonAsync($"/api/v1/classes/{classB.Id}", new { name = "6A9", version = classB.Version })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await clerkA.GetAsync($"/api/v1/classes/{classB.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await teacherB.PostAsJsonAsync("/api/v1/classes", new { schoolYearId = yearB.Id, grade = 6, name = "6A2" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await teacherB.GetAsync($"/api/v1/classes/{classB.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await app.WithDbAsync(db => db.Set<SchoolClass>().Where(c => c.SchoolYearId == yearB.Id).Select(c => c.Name).ToListAsync())).Should().Equal("6A1");
    }

    [Theory, Engines]
    public async Task A_class_is_renamed_once_from_one_version(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.NewSchoolAsync();
        var year = await app.Data.SchoolYearAsync(school.Id);
        var created = await app.Data.ClassAsync(year, 6, "6A1", "P.101");
        var clerk = await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, school.Unit()));

        var renamed = await (await clerk.PutAsJsonAsync($"/api/v1/classes/{created.Id}", new { name = "6A5", room = "P.105", version = created.Version })).JsonAsync();
        var stale = await (await clerk.PutAsJsonAsync($"/api/v1/classes/{created.Id}", new { name = "6A6", room = "", version = created.Version }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);

        (renamed.GetProperty("name").GetString(), renamed.GetProperty("room").GetString(), renamed.GetProperty("grade").GetInt32()).Should().Be(("6A5", "P.105", 6));
        stale.GetProperty("detail").GetString().Should().Contain("tải lại trang");
        (await app.WithDbAsync(db => db.Set<SchoolClass>().SingleAsync(c => c.Id == created.Id))).Name.Should().Be("6A5");
        (await SchoolTests.AuditCountAsync(app, school.Id, "class.edit")).Should().Be(1);
    }

    [Theory, Engines]
    public async Task A_closed_year_takes_no_new_classes(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.NewSchoolAsync();
        var year = await app.Data.SchoolYearAsync(school.Id);
        var principal = await app.ApiAs(await app.Data.UserAsync(Roles.Principal, school.Unit()));
        (await principal.PostAsync($"/api/v1/school-years/{year.Id}/close", null)).StatusCode.Should().Be(HttpStatusCode.OK);

        var problem = await (await principal.PostAsJsonAsync("/api/v1/classes", new { schoolYearId = year.Id, grade = 6, name = "6A1" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("schoolYearId")[0].GetString().Should().Contain("đã kết thúc");
    }
}

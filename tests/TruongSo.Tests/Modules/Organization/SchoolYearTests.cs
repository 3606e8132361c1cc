using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;

namespace TruongSo.Tests.Modules.Organization;

public sealed class SchoolYearTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    private static object Year(Guid schoolId, int startYear, string t1s, string t1e, string t2s, string t2e) =>
        new { schoolId, startYear, term1Start = t1s, term1End = t1e, term2Start = t2s, term2End = t2e };

    [Theory, Engines]
    public async Task A_year_is_created_in_preparation_with_its_name_and_terms(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.NewSchoolAsync();
        var principal = await app.ApiAs(await app.Data.UserAsync(Roles.Principal, school.Unit()));

        var year = await (await principal.PostAsJsonAsync("/api/v1/school-years",
            Year(school.Id, 2025, "2025-09-05", "2026-01-16", "2026-01-19", "2026-05-29"))).JsonAsync(HttpStatusCode.Created);

        year.GetProperty("name").GetString().Should().Be("2025-2026");
        year.GetProperty("status").GetString().Should().Be("Planning");
        year.GetProperty("term2Start").GetString().Should().Be("2026-01-19");
        (await SchoolTests.AuditCountAsync(app, school.Id, "school-year.create")).Should().Be(1);
    }

    [Theory, Engines]
    public async Task Term_dates_out_of_order_or_outside_the_year_are_refused_and_nothing_written(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.NewSchoolAsync();
        var clerk = await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, school.Unit()));

        var overlap = await (await clerk.PostAsJsonAsync("/api/v1/school-years",
            Year(school.Id, 2025, "2025-09-05", "2026-01-20", "2026-01-19", "2026-05-29"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var reversed = await (await clerk.PostAsJsonAsync("/api/v1/school-years",
            Year(school.Id, 2025, "2025-09-05", "2025-09-01", "2026-01-19", "2026-05-29"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var outside = await (await clerk.PostAsJsonAsync("/api/v1/school-years",
            Year(school.Id, 2025, "2025-07-20", "2026-01-16", "2026-01-19", "2026-08-15"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var missing = await (await clerk.PostAsJsonAsync("/api/v1/school-years",
            new { schoolId = school.Id, startYear = 2025, term1Start = "2025-09-05" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        overlap.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal("term2Start");
        overlap.GetProperty("errors").GetProperty("term2Start")[0].GetString().Should()
            .Be("Ngày bắt đầu học kỳ II phải sau ngày kết thúc học kỳ I (20/01/2026).");
        reversed.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal("term1End");
        outside.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().BeEquivalentTo("term1Start", "term2End");
        outside.GetProperty("errors").GetProperty("term1Start")[0].GetString().Should().Contain("từ 01/08/2025 đến 31/07/2026");
        missing.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().BeEquivalentTo("term1End", "term2Start", "term2End");
        (await app.WithDbAsync(db => db.Set<SchoolYear>().CountAsync(y => y.SchoolId == school.Id))).Should().Be(0);
    }

    [Theory, Engines]
    public async Task A_year_that_exists_is_not_created_twice(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.NewSchoolAsync();
        await app.Data.SchoolYearAsync(school.Id, 2025);
        var clerk = await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, school.Unit()));

        var problem = await (await clerk.PostAsJsonAsync("/api/v1/school-years",
            Year(school.Id, 2025, "2025-09-05", "2026-01-16", "2026-01-19", "2026-05-29"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("startYear")[0].GetString().Should().Be("Trường đã có năm học 2025-2026.");
    }

    [Theory, Engines]
    public async Task Activating_a_year_closes_the_one_active_before(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.NewSchoolAsync();
        var last = await app.Data.SchoolYearAsync(school.Id, 2024, active: true);
        var next = await app.Data.SchoolYearAsync(school.Id, 2025);
        var principal = await app.ApiAs(await app.Data.UserAsync(Roles.Principal, school.Unit()));

        var activated = await (await principal.PostAsync($"/api/v1/school-years/{next.Id}/activate", null)).JsonAsync();
        var again = await (await principal.PostAsync($"/api/v1/school-years/{next.Id}/activate", null)).JsonAsync();
        var backwards = await (await principal.PostAsync($"/api/v1/school-years/{last.Id}/activate", null)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        activated.GetProperty("status").GetString().Should().Be("Active");
        again.GetProperty("version").GetGuid().Should().Be(activated.GetProperty("version").GetGuid(), "activating twice changes nothing");
        backwards.GetProperty("errors").GetProperty("status")[0].GetString().Should().Contain("2025-2026 đang diễn ra");
        var statuses = await app.WithDbAsync(db => db.Set<SchoolYear>().Where(y => y.SchoolId == school.Id)
            .OrderBy(y => y.StartYear).Select(y => y.Status).ToListAsync());
        statuses.Should().Equal(SchoolYearStatus.Closed, SchoolYearStatus.Active);
        (await SchoolTests.AuditCountAsync(app, school.Id, "school-year.close")).Should().Be(1);

        var closed = await (await principal.PostAsync($"/api/v1/school-years/{next.Id}/close", null)).JsonAsync();
        closed.GetProperty("status").GetString().Should().Be("Closed");
    }

    [Theory, Engines]
    public async Task Years_are_managed_by_the_school_only(Engine engine)
    {
        var app = await apps.Get(engine);
        var province = await app.Data.ProvinceAsync();
        var (own, other) = (await app.Data.NewSchoolAsync(province), await app.Data.NewSchoolAsync(province));
        var otherYear = await app.Data.SchoolYearAsync(other.Id);
        var ownYear = await app.Data.SchoolYearAsync(own.Id);
        var clerk = await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, own.Unit()));
        var teacher = await app.ApiAs(await app.Data.UserAsync(Roles.Teacher, own.Unit()));
        var sở = await app.ApiAs(await app.Data.UserAsync(Roles.ProvinceOfficer, province));

        await (await clerk.PostAsJsonAsync("/api/v1/school-years", Year(other.Id, 2026, "2026-09-05", "2027-01-15", "2027-01-18", "2027-05-28")))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await clerk.PostAsync($"/api/v1/school-years/{otherYear.Id}/activate", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await teacher.PostAsync($"/api/v1/school-years/{ownYear.Id}/activate", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await sở.PostAsync($"/api/v1/school-years/{ownYear.Id}/close", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await app.WithDbAsync(db => db.Set<SchoolYear>().CountAsync(y => y.Status != SchoolYearStatus.Planning && (y.SchoolId == own.Id || y.SchoolId == other.Id))))
            .Should().Be(0);
    }
}

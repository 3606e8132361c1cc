using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.People.Data;

namespace TruongSo.Tests.Modules.People;

/// <summary>Year-end decisions, then the roll-over that places everyone for next year as decided, once.</summary>
public sealed class YearEndTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task Roll_over_promotes_repeats_and_graduates_as_decided_and_is_idempotent(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolWithYearAsync("6A1", "8A1", "9A1");
        // Next year's intake class 6A1 exists already (admissions made it); 8A1 of next year does not.
        var nextYear = await app.Data.InsertSchoolYearAsync(school.School, PeopleData.StartYear + 1);
        var next6A1 = await app.Data.InsertClassAsync(school.School, nextYear, "6A1");
        var an = await app.Data.StudentAsync(school.School, "Lê Văn An", classId: school["6A1"]);
        var binh = await app.Data.StudentAsync(school.School, "Lê Văn Bình", classId: school["6A1"]);
        var chi = await app.Data.StudentAsync(school.School, "Lê Thị Chi", classId: school["6A1"]);
        var giang = await app.Data.StudentAsync(school.School, "Lê Văn Giang", classId: school["8A1"]);
        var dung = await app.Data.StudentAsync(school.School, "Lê Văn Dũng", classId: school["9A1"]);
        var em = await app.Data.StudentAsync(school.School, "Lê Văn Em", classId: school["9A1"]);
        var principal = await app.Data.ApiAsync(Roles.Principal, school.School);

        var recorded = await (await principal.PostAsJsonAsync($"/api/v1/school-years/{school.YearId}/year-end-decisions", new
        {
            decisions = new object[]
            {
                new { studentId = an, outcome = "Promote" }, new { studentId = binh, outcome = "Repeat" },
                new { studentId = giang, outcome = "Repeat" }, new { studentId = dung, outcome = "Graduate" }, new { studentId = em, outcome = "Promote" },
            },
        })).JsonAsync();
        var first = await (await principal.PostAsync($"/api/v1/school-years/{school.YearId}/roll-over", null)).JsonAsync();
        var placements = await PlacementCountAsync(app, school.Id);
        var second = await (await principal.PostAsync($"/api/v1/school-years/{school.YearId}/roll-over", null)).JsonAsync();

        recorded.GetProperty("recorded").GetInt32().Should().Be(5);
        Counts(first).Should().Be((1, 1, 1, 0));
        first.GetProperty("nextSchoolYearId").GetGuid().Should().Be(nextYear);
        first.GetProperty("undecided").Strings("fullName").Should().Equal("Lê Thị Chi");
        first.GetProperty("unplaced").Strings("fullName").Should().Equal("Lê Văn Em", "Lê Văn Giang");
        Counts(second).Should().Be((0, 0, 0, 2));
        (await PlacementCountAsync(app, school.Id)).Should().Be(placements, "a second run changes nothing");

        var anNow = await EditStudentTests.ProfileAsync(principal, an);
        anNow.GetProperty("placements").Strings("className").Should().Equal("6A1", "7A1");
        anNow.GetProperty("placements")[1].GetProperty("schoolYearId").GetGuid().Should().Be(nextYear);
        anNow.GetProperty("placements")[1].GetProperty("from").GetString().Should().Be("2027-09-05");
        var binhNow = await EditStudentTests.ProfileAsync(principal, binh);
        binhNow.GetProperty("placements")[1].GetProperty("classId").GetGuid().Should().Be(next6A1);
        var dungNow = await EditStudentTests.ProfileAsync(principal, dung);
        dungNow.GetProperty("status").GetString().Should().Be("Graduated");
        dungNow.GetProperty("enrolments")[0].GetProperty("leftReason").GetString().Should().Be("Graduated");
        (await EditStudentTests.ProfileAsync(principal, chi)).GetProperty("placements").GetArrayLength().Should().Be(1);
    }

    [Theory, Engines]
    public async Task Decisions_need_the_right_and_a_student_of_the_year(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolWithYearAsync("7A1");
        var other = await app.Data.SchoolWithYearAsync("7A1");
        var mine = await app.Data.StudentAsync(school.School, "Trịnh Văn Hải", classId: school["7A1"]);
        var elsewhere = await app.Data.StudentAsync(other.School, "Trịnh Văn Hà", classId: other["7A1"]);
        var principal = await app.Data.ApiAsync(Roles.Principal, school.School);
        var accountant = await app.Data.ApiAsync(Roles.Accountant, school.School);
        var otherPrincipal = await app.Data.ApiAsync(Roles.Principal, other.School);
        var url = $"/api/v1/school-years/{school.YearId}/year-end-decisions";

        var foreign = await (await principal.PostAsJsonAsync(url, new { decisions = new[] { new { studentId = elsewhere, outcome = "Promote" } } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await accountant.PostAsJsonAsync(url, new { decisions = new[] { new { studentId = mine, outcome = "Promote" } } })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await otherPrincipal.PostAsJsonAsync(url, new { decisions = new[] { new { studentId = mine, outcome = "Promote" } } })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await otherPrincipal.PostAsync($"/api/v1/school-years/{school.YearId}/roll-over", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        foreign.GetProperty("errors").GetProperty("decisions[0].studentId")[0].GetString().Should().Be("Học sinh không học lớp nào của trường trong năm học này.");
        (await app.WithDbAsync(db => db.Set<YearEndDecision>().CountAsync(d => d.SchoolYearId == school.YearId))).Should().Be(0);
    }

    private static (int, int, int, int) Counts(JsonElement s) => (s.GetProperty("promoted").GetInt32(), s.GetProperty("repeated").GetInt32(),
        s.GetProperty("graduated").GetInt32(), s.GetProperty("alreadyDone").GetInt32());

    private static Task<int> PlacementCountAsync(TestApp app, Guid schoolId) =>
        app.WithDbAsync(db => db.Set<ClassPlacement>().CountAsync(p => p.SchoolId == schoolId));
}

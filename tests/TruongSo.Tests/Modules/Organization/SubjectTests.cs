using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Data;

namespace TruongSo.Tests.Modules.Organization;

public sealed class SubjectTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    private static async Task<JsonElement> SubjectAsync(HttpClient client, Guid schoolId, string code) =>
        (await (await client.GetAsync($"/api/v1/subjects?schoolId={schoolId}&pageSize=200")).JsonAsync())
            .GetProperty("items").EnumerateArray().Single(s => s.GetProperty("code").GetString() == code);

    [Theory, Engines]
    public async Task A_school_edits_periods_and_the_regular_assessments_follow(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.NewSchoolAsync();
        var principal = await app.ApiAs(await app.Data.UserAsync(Roles.Principal, school.Unit()));
        var literature = await SubjectAsync(principal, school.Id, "NGUVAN");
        literature.GetProperty("regularAssessmentsByGrade").GetProperty("8").GetInt32().Should().Be(4);

        var edited = await (await principal.PutAsJsonAsync($"/api/v1/subjects/{literature.GetProperty("id").GetGuid()}", new
        {
            name = "Ngữ văn", assessment = "Scored", isActive = true, version = literature.GetProperty("version").GetGuid(),
            periodsByGrade = new Dictionary<int, int> { [6] = 140, [7] = 140, [8] = 70, [9] = 35 },
        })).JsonAsync();
        var asComments = await (await principal.PutAsJsonAsync($"/api/v1/subjects/{literature.GetProperty("id").GetGuid()}", new
        {
            name = "Ngữ văn", assessment = "CommentOnly", isActive = true, version = edited.GetProperty("version").GetGuid(),
            periodsByGrade = new Dictionary<int, int> { [6] = 140 },
        })).JsonAsync();

        var counts = edited.GetProperty("regularAssessmentsByGrade");
        (counts.GetProperty("6").GetInt32(), counts.GetProperty("8").GetInt32(), counts.GetProperty("9").GetInt32()).Should().Be((4, 3, 2));
        asComments.GetProperty("regularAssessmentsByGrade").GetProperty("6").GetInt32().Should().Be(2);
        asComments.GetProperty("periodsByGrade").EnumerateObject().Select(p => p.Name).Should().Equal("6");
        (await app.WithDbAsync(db => db.Set<SubjectGrade>().CountAsync(g => g.SubjectId == literature.GetProperty("id").GetGuid()))).Should().Be(1);
        (await SchoolTests.AuditCountAsync(app, school.Id, "subject.edit")).Should().Be(2);
    }

    [Theory, Engines]
    public async Task A_school_adds_its_own_subject_once(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.NewSchoolAsync();
        var clerk = await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, school.Unit()));
        object Add(string code, Dictionary<int, int> periods) =>
            new { schoolId = school.Id, code, name = "Ngoại ngữ 2", assessment = "Scored", periodsByGrade = periods };

        var added = await (await clerk.PostAsJsonAsync("/api/v1/subjects", Add("ngoaingu2", new() { [6] = 105, [7] = 105 }))).JsonAsync(HttpStatusCode.Created);
        var again = await (await clerk.PostAsJsonAsync("/api/v1/subjects", Add("NGOAINGU2", new() { [6] = 105 }))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var badGrades = await (await clerk.PostAsJsonAsync("/api/v1/subjects", Add("TIENGDANTOC", new() { [3] = 70, [6] = 0 }))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var badCode = await (await clerk.PostAsJsonAsync("/api/v1/subjects", Add("Tiếng Mông", new() { [6] = 70 }))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        added.GetProperty("code").GetString().Should().Be("NGOAINGU2");
        added.GetProperty("regularAssessmentsByGrade").GetProperty("7").GetInt32().Should().Be(4);
        again.GetProperty("errors").GetProperty("code")[0].GetString().Should().Be("Trường đã có môn mã NGOAINGU2.");
        badGrades.GetProperty("errors").GetProperty("periodsByGrade").EnumerateArray().Select(m => m.GetString()).Should()
            .Equal("Khối 3 không thuộc các khối của trường (6–9).", "Số tiết/năm của khối 6 phải từ 1 đến 500.");
        badCode.GetProperty("errors").TryGetProperty("code", out _).Should().BeTrue();
        var subjects = await app.WithDbAsync(db => db.Set<Subject>().Where(s => s.SchoolId == school.Id).OrderBy(s => s.SortOrder).Select(s => s.Code).ToListAsync());
        subjects.Should().ContainSingle(c => c == "NGOAINGU2").And.EndWith("NGOAINGU2").And.NotContain("TIENGDANTOC");
    }

    [Theory, Engines]
    public async Task A_stale_subject_edit_gets_409(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.NewSchoolAsync();
        var principal = await app.ApiAs(await app.Data.UserAsync(Roles.Principal, school.Unit()));
        var maths = await SubjectAsync(principal, school.Id, "TOAN");
        object Edit(string name) => new
        {
            name, assessment = "Scored", isActive = true, version = maths.GetProperty("version").GetGuid(),
            periodsByGrade = new Dictionary<int, int> { [6] = 140 },
        };

        (await principal.PutAsJsonAsync($"/api/v1/subjects/{maths.GetProperty("id").GetGuid()}", Edit("Toán học"))).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await principal.PutAsJsonAsync($"/api/v1/subjects/{maths.GetProperty("id").GetGuid()}", Edit("Toán ghi đè"))).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        (await SubjectAsync(principal, school.Id, "TOAN")).GetProperty("name").GetString().Should().Be("Toán học");
    }

    [Theory, Engines]
    public async Task Subjects_are_read_in_scope_and_changed_by_the_school_only(Engine engine)
    {
        var app = await apps.Get(engine);
        var province = await app.Data.ProvinceAsync();
        var school = await app.Data.NewSchoolAsync(province);
        var teacher = await app.ApiAs(await app.Data.UserAsync(Roles.Teacher, school.Unit()));
        var outsider = await app.ApiAs(await app.Data.UserAsync(Roles.Principal, (await app.Data.NewSchoolAsync(province)).Unit()));
        var maths = await SubjectAsync(teacher, school.Id, "TOAN");
        var edit = new { name = "x", assessment = "Scored", isActive = true, version = maths.GetProperty("version").GetGuid(), periodsByGrade = new Dictionary<int, int> { [6] = 1 } };

        await (await teacher.PutAsJsonAsync($"/api/v1/subjects/{maths.GetProperty("id").GetGuid()}", edit)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await outsider.PutAsJsonAsync($"/api/v1/subjects/{maths.GetProperty("id").GetGuid()}", edit)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.GetAsync($"/api/v1/subjects/{maths.GetProperty("id").GetGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await SubjectAsync(teacher, school.Id, "TOAN")).GetProperty("name").GetString().Should().Be("Toán");
    }
}

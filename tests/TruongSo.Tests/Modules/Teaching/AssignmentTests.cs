using System.Net;
using System.Net.Http.Json;
using TruongSo.Web.Modules.Access.Contracts;

namespace TruongSo.Tests.Modules.Teaching;

public sealed class AssignmentTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task A_teacher_is_assigned_a_subject_for_both_terms(Engine engine)
    {
        var app = await apps.Get(engine);
        var s = await app.Data.SchoolWithClassesAsync();
        var teacher = await app.Data.TeacherAsync(s.School, "Trần Văn Toàn");
        var principal = await app.ApiAs(await app.Data.UserAsync(Roles.Principal, s.School));

        var created = await principal.PostAsJsonAsync("/api/v1/assignments", new { classId = s.Classes[0].Id, kind = "Subject", subjectId = s.Subjects["TOAN"], staffId = teacher });
        var list = await (await principal.GetAsync($"/api/v1/assignments?classId={s.Classes[0].Id}")).JsonAsync();

        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var rows = list.GetProperty("items").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("term").GetInt32()).Should().BeEquivalentTo([1, 2]);
        rows.Should().OnlyContain(r => r.GetProperty("periodsPerWeek").GetDecimal() == 4m, "140 periods a year over 35 weeks");
    }

    [Theory, Engines]
    public async Task A_second_teacher_for_the_same_class_and_subject_is_a_conflict_unless_replacing(Engine engine)
    {
        var app = await apps.Get(engine);
        var s = await app.Data.SchoolWithClassesAsync();
        var first = await app.Data.TeacherAsync(s.School, "Lê Thị Hằng");
        var second = await app.Data.TeacherAsync(s.School, "Phạm Quốc Bảo");
        var clerk = await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, s.School));
        var request = new { classId = s.Classes[0].Id, kind = "Subject", subjectId = s.Subjects["GDCD"], term = 1, staffId = first };
        (await clerk.PostAsJsonAsync("/api/v1/assignments", request)).StatusCode.Should().Be(HttpStatusCode.Created);

        var conflict = await clerk.PostAsJsonAsync("/api/v1/assignments", request with { staffId = second });
        var replaced = await clerk.PostAsJsonAsync("/api/v1/assignments", new { request.classId, request.kind, request.subjectId, request.term, staffId = second, replace = true });

        var problem = await conflict.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("detail").GetString().Should().Contain("Lê Thị Hằng").And.Contain("6A1");
        replaced.StatusCode.Should().Be(HttpStatusCode.Created);
        var list = await (await clerk.GetAsync($"/api/v1/assignments?classId={s.Classes[0].Id}")).JsonAsync();
        list.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("staffId").GetGuid()).Should().Equal(second);
    }

    [Theory, Engines]
    public async Task Bad_assignments_name_the_field_and_write_nothing(Engine engine)
    {
        var app = await apps.Get(engine);
        var s = await app.Data.SchoolWithClassesAsync();
        var other = await app.Data.SchoolWithClassesAsync();
        var outsider = await app.Data.TeacherAsync(other.School, "Đỗ Minh Tâm");
        var teacher = await app.Data.TeacherAsync(s.School, "Vũ Thu Trang");
        var principal = await app.ApiAs(await app.Data.UserAsync(Roles.Principal, s.School));

        var notInGrade = await principal.PostAsJsonAsync("/api/v1/assignments", new { classId = s.Classes[0].Id, kind = "Subject", subjectId = s.Subjects["TIENGDT"], staffId = teacher });
        var wrongSchool = await principal.PostAsJsonAsync("/api/v1/assignments", new { classId = s.Classes[0].Id, kind = "Subject", subjectId = s.Subjects["TOAN"], staffId = outsider });
        var badTerm = await principal.PostAsJsonAsync("/api/v1/assignments", new { classId = s.Classes[0].Id, kind = "Subject", subjectId = s.Subjects["TOAN"], term = 3, staffId = teacher });

        (await notInGrade.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("subjectId")[0].GetString().Should().Be("Môn Tiếng dân tộc không dạy ở khối 6.");
        (await wrongSchool.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("staffId", out _).Should().BeTrue();
        (await badTerm.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("term", out _).Should().BeTrue();
        (await (await principal.GetAsync($"/api/v1/assignments?schoolYearId={s.YearId}")).JsonAsync()).GetProperty("totalCount").GetInt32().Should().Be(0);
    }

    [Theory, Engines]
    public async Task Only_the_schools_managers_assign_and_other_schools_see_nothing(Engine engine)
    {
        var app = await apps.Get(engine);
        var s = await app.Data.SchoolWithClassesAsync();
        var teacherId = await app.Data.TeacherAsync(s.School, "Ngô Thị Yến");
        var otherSchool = await app.Data.SchoolAsync();
        var outsider = await app.ApiAs(await app.Data.UserAsync(Roles.Principal, otherSchool));
        var teacher = await app.ApiAs(await app.Data.UserAsync(Roles.Teacher, s.School));
        var request = new { classId = s.Classes[0].Id, kind = "Homeroom", staffId = teacherId };

        await (await outsider.PostAsJsonAsync("/api/v1/assignments", request)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await teacher.PostAsJsonAsync("/api/v1/assignments", request)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await outsider.GetAsync($"/api/v1/assignments?schoolYearId={s.YearId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await teacher.GetAsync($"/api/v1/assignments?schoolYearId={s.YearId}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory, Engines]
    public async Task Loads_over_the_norm_come_back_as_warnings(Engine engine)
    {
        var app = await apps.Get(engine);
        var s = await app.Data.SchoolWithClassesAsync(classes: 5);
        var teacher = await app.Data.TeacherAsync(s.School, "Hoàng Văn Nam");
        var principal = await app.ApiAs(await app.Data.UserAsync(Roles.Principal, s.School));

        var results = new List<System.Text.Json.JsonElement>();
        foreach (var cls in s.Classes)
        {
            results.Add(await (await principal.PostAsJsonAsync("/api/v1/assignments", new { classId = cls.Id, kind = "Subject", subjectId = s.Subjects["TOAN"], term = 1, staffId = teacher })).JsonAsync(HttpStatusCode.Created));
        }
        var load = await (await principal.GetAsync($"/api/v1/assignments/workload?schoolYearId={s.YearId}&term=1")).JsonAsync();

        results[3].GetProperty("warnings").GetArrayLength().Should().Be(0, "4 classes × 4 periods = 16, within the THCS norm of 19");
        results[4].GetProperty("warnings")[0].GetString().Should().Be("Hoàng Văn Nam dạy 20 tiết/tuần ở học kỳ 1, vượt định mức 19 tiết.");
        load[0].GetProperty("periods").GetDecimal().Should().Be(20m);
        load[0].GetProperty("isOver").GetBoolean().Should().BeTrue();
    }

    [Theory, Engines]
    public async Task A_homeroom_class_lowers_the_norm_and_one_class_has_one_homeroom_teacher(Engine engine)
    {
        var app = await apps.Get(engine);
        var s = await app.Data.SchoolWithClassesAsync();
        var first = await app.Data.TeacherAsync(s.School, "Bùi Thị Xuân");
        var second = await app.Data.TeacherAsync(s.School, "Đinh Công Tráng");
        var principal = await app.ApiAs(await app.Data.UserAsync(Roles.Principal, s.School));

        (await principal.PostAsJsonAsync("/api/v1/assignments", new { classId = s.Classes[0].Id, kind = "Homeroom", staffId = first })).StatusCode.Should().Be(HttpStatusCode.Created);
        var taken = await principal.PostAsJsonAsync("/api/v1/assignments", new { classId = s.Classes[0].Id, kind = "Homeroom", staffId = second });
        var load = await (await principal.GetAsync($"/api/v1/assignments/workload?schoolYearId={s.YearId}&term=2")).JsonAsync();

        await taken.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        load[0].GetProperty("norm").GetInt32().Should().Be(15, "19 less 4 for a THCS homeroom class");
        load[0].GetProperty("isHomeroom").GetBoolean().Should().BeTrue();
    }

    [Theory, Engines]
    public async Task Assignments_are_the_teachers_reach_into_a_class_and_removing_one_ends_it(Engine engine)
    {
        var app = await apps.Get(engine);
        var s = await app.Data.SchoolWithClassesAsync();
        var user = await app.Data.UserAsync(Roles.Teacher, s.School, "Lý Thường Kiệt");
        var teacherId = await app.Data.TeacherAsync(s.School, "Lý Thường Kiệt", user.Id);
        var principal = await app.ApiAs(await app.Data.UserAsync(Roles.Principal, s.School));
        var created = await (await principal.PostAsJsonAsync("/api/v1/assignments", new { classId = s.Classes[1].Id, kind = "Subject", subjectId = s.Subjects["GDCD"], term = 2, staffId = teacherId })).JsonAsync(HttpStatusCode.Created);

        var reach = await ClassesOf(app, user);
        await principal.DeleteAsync($"/api/v1/assignments/{created.GetProperty("assignmentIds")[0].GetGuid()}");
        var after = await ClassesOf(app, user);

        reach.Should().Equal(s.Classes[1].Id);
        after.Should().BeEmpty();
    }

    [Theory, Engines]
    public async Task The_page_refuses_a_class_of_another_school_posted_into_its_form(Engine engine)
    {
        var app = await apps.Get(engine);
        var own = await app.Data.SchoolWithClassesAsync();
        var other = await app.Data.SchoolWithClassesAsync();
        var otherTeacher = await app.Data.TeacherAsync(other.School, "Phan Văn Khải");
        var clerk = await app.SignedInAsync(await app.Data.UserAsync(Roles.SchoolAdmin, own.School));

        var response = await clerk.PostFormAsync($"/phan-cong?truong={own.School.Id}", "assign", new()
        {
            ["Input.ClassId"] = other.Classes[0].Id.ToString(), ["Input.SubjectId"] = Guid.Empty.ToString(),
            ["Input.Term"] = "0", ["Input.StaffId"] = otherTeacher.ToString(),
        });

        System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain("Không có quyền phân công cho lớp này.");
        var assigned = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.Set<TruongSo.Web.Modules.Teaching.Data.TeachingAssignment>(), a => a.SchoolId == other.School.Id));
        assigned.Should().Be(0);
    }

    private static Task<IReadOnlyCollection<Guid>> ClassesOf(TestApp app, TestUser user) => app.WithServicesAsync(sp =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IAccessPolicy>(sp).ClassIdsAsync(
            new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
                [new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, user.Id.ToString())], "test"))));
}

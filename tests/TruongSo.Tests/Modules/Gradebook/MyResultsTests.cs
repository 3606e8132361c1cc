using System.Net;
using System.Text.Json;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Gradebook.Data;

namespace TruongSo.Tests.Modules.Gradebook;

/// <summary>A student's own results: for the student, their guardians and the class's readers; 404 for everyone else.</summary>
public sealed class MyResultsTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task A_parent_sees_their_child_and_nothing_of_another_child(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.MarkedClassAsync("Nguyễn Văn An", "Trần Thị Bình");
        var (an, binh) = (c.Students[0], c.Students[1]);
        await app.MarksAsync(c, an.Id, c.Math, 1, (MarkColumn.Tx1, 85), (MarkColumn.Gk, 70));
        await app.MarksAsync(c, an.Id, c.Subjects["GDTC"], 1, (MarkColumn.Tx1, "D"));
        await app.SubjectResultAsync(c, an.Id, c.Math, GradingPeriod.Hk1, 78);
        await app.StudentResultAsync(c, an.Id, GradingPeriod.Hk1, "Kha", "Tot");
        var parent = await app.ApiAs(await app.Data.ParentOfAsync(c.School.School, an.Id));

        var json = await (await parent.GetAsync($"/api/v1/gradebook/students/{an.Id}/results")).JsonAsync();
        var other = await parent.GetAsync($"/api/v1/gradebook/students/{binh.Id}/results");
        var nobody = await parent.GetAsync($"/api/v1/gradebook/students/{Guid.NewGuid()}/results");

        json.GetProperty("fullName").GetString().Should().Be("Nguyễn Văn An");
        json.GetProperty("className").GetString().Should().Be("7A1");
        json.GetProperty("schoolYear").GetString().Should().Be("2026-2027");
        var math = Subject(json, "TOAN");
        math.GetProperty("regularCount").GetInt32().Should().Be(4);
        math.GetProperty("hk1").EnumerateArray().Select(m => (m.GetProperty("column").GetString(), m.GetProperty("score").GetDecimal()))
            .Should().Equal(("Tx1", 8.5m), ("Gk", 7.0m));
        math.GetProperty("results")[0].GetProperty("average").GetDecimal().Should().Be(7.8m);
        Subject(json, "GDTC").GetProperty("hk1")[0].GetProperty("level").GetString().Should().Be("D");
        json.GetProperty("periods")[0].GetProperty("learning").GetString().Should().Be("Kha");
        var problem = await other.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await nobody.ShouldBeProblemAsync(HttpStatusCode.NotFound)).GetProperty("detail").GetString()
            .Should().Be(problem.GetProperty("detail").GetString(), "another child and no child look the same");
    }

    [Theory, Engines]
    public async Task A_student_sees_their_own_results_and_staff_see_those_of_classes_they_read(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.MarkedClassAsync("Nguyễn Văn An", "Trần Thị Bình");
        var (an, binh) = (c.Students[0], c.Students[1]);
        await app.SubjectResultAsync(c, an.Id, c.Math, GradingPeriod.Hk1, 78);
        var student = await app.ApiAs(await app.Data.StudentAccountAsync(c.School.School, an.Id));
        var homeroom = await app.Data.UserAsync(Roles.Teacher, c.School.School);
        await app.Data.AssignAsync(c.School, c.ClassId, homeroom, "Ngô Thị Chủ", null);
        var elsewhere = await app.Data.SchoolWithYearAsync("7A1");
        var foreignTeacher = await app.Data.UserAsync(Roles.Teacher, elsewhere.School);
        await app.Data.AssignAsync(elsewhere, elsewhere["7A1"], foreignTeacher, "Lý Văn Khác", null);

        (await (await student.GetAsync($"/api/v1/gradebook/students/{an.Id}/results")).JsonAsync()).GetProperty("studentCode").GetString().Should().Be(an.Code);
        (await student.GetAsync($"/api/v1/gradebook/students/{binh.Id}/results")).StatusCode.Should().Be(HttpStatusCode.NotFound, "a classmate");
        (await (await app.ApiAs(homeroom)).GetAsync($"/api/v1/gradebook/students/{binh.Id}/results")).StatusCode.Should().Be(HttpStatusCode.OK, "the GVCN reads the class");
        (await (await app.ApiAs(c.MathTeacher)).GetAsync($"/api/v1/gradebook/students/{an.Id}/results")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await (await app.Data.ApiAsync(Roles.Principal, c.School.School)).GetAsync($"/api/v1/gradebook/students/{binh.Id}/results")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await (await app.ApiAs(foreignTeacher)).GetAsync($"/api/v1/gradebook/students/{an.Id}/results")).StatusCode.Should().Be(HttpStatusCode.NotFound, "another school's teacher");
        (await (await app.Data.ApiAsync(Roles.Principal, elsewhere.School)).GetAsync($"/api/v1/gradebook/students/{an.Id}/results")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory, Engines]
    public async Task A_parent_with_children_in_two_schools_picks_either_on_the_page(Engine engine)
    {
        var app = await apps.Get(engine);
        var thcs = await app.Data.MarkedClassAsync("Hoàng Minh Khôi");
        var other = await app.Data.MarkedClassAsync("Hoàng Ngọc Minh Anh");
        var (khoi, anh) = (thcs.Students[0], other.Students[0]);
        await app.SubjectResultAsync(thcs, khoi.Id, thcs.Math, GradingPeriod.Hk1, 91);
        var parent = await app.Data.ParentOfAsync(thcs.School.School, khoi.Id, anh.Id);

        var children = await (await (await app.ApiAs(parent)).GetAsync("/api/v1/gradebook/my-children")).JsonAsync();
        var browser = await app.SignedInAsync(parent);
        var page = await browser.PageAsync($"/ket-qua-hoc-tap?hs={khoi.Id}");
        var second = await browser.PageAsync($"/ket-qua-hoc-tap?hs={anh.Id}");

        children.Strings("fullName").Should().BeEquivalentTo("Hoàng Minh Khôi", "Hoàng Ngọc Minh Anh");
        children.EnumerateArray().Select(x => x.GetProperty("schoolId").GetGuid()).Distinct().Should().HaveCount(2);
        page.Should().Contain("Hoàng Minh Khôi").And.Contain("Lớp 7A1").And.Contain("9,1").And.Contain("Hoàng Ngọc Minh Anh");
        second.Should().Contain("Hoàng Ngọc Minh Anh").And.Contain("Toán");
        (await browser.PageAsync("/gia-dinh")).Should().Contain("/ket-qua-hoc-tap", "the parent's menu links the page");
    }

    private static JsonElement Subject(JsonElement json, string code) =>
        json.GetProperty("subjects").EnumerateArray().Single(s => s.GetProperty("code").GetString() == code);
}

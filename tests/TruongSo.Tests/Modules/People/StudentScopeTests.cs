using System.Net;
using System.Net.Http.Json;
using TruongSo.Web.Modules.Access.Contracts;

namespace TruongSo.Tests.Modules.People;

/// <summary>Who sees which students: a school its own, a Sở its province, the Bộ all, a teacher the classes they teach.</summary>
public sealed class StudentScopeTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task A_teacher_sees_only_the_students_of_the_classes_they_teach(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolWithYearAsync("6A1", "6A2");
        var mine = await app.Data.StudentAsync(school.School, "Hà Minh Đức", classId: school["6A1"]);
        var notMine = await app.Data.StudentAsync(school.School, "Hà Minh Tuấn", classId: school["6A2"]);
        var teacher = await app.Data.TeacherOfAsync(school, school["6A1"]);
        var unassigned = await app.Data.ApiAsync(Roles.Teacher, school.School);

        var list = await (await teacher.GetAsync("/api/v1/students?pageSize=200")).JsonAsync();

        list.GetProperty("items").Strings("fullName").Should().Equal("Hà Minh Đức");
        (await teacher.GetAsync($"/api/v1/students/{mine}")).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await teacher.GetAsync($"/api/v1/students/{notMine}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var edit = await teacher.PostAsJsonAsync($"/api/v1/students/{mine}/move", new { classId = school["6A2"] });
        (await edit.ShouldBeProblemAsync(HttpStatusCode.Forbidden)).GetProperty("detail").GetString().Should().Contain("chỉ được xem");
        (await (await unassigned.GetAsync("/api/v1/students")).JsonAsync()).GetProperty("totalCount").GetInt32().Should().Be(0);
    }

    [Theory, Engines]
    public async Task Parents_and_students_see_no_students_and_no_guardians(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolWithYearAsync();
        var id = await app.Data.StudentAsync(school.School, "Đinh Công Lý");

        foreach (var role in new[] { Roles.Parent, Roles.Student })
        {
            var client = await app.Data.ApiAsync(role, school.School);
            (await (await client.GetAsync("/api/v1/students")).JsonAsync()).GetProperty("totalCount").GetInt32().Should().Be(0);
            (await (await client.GetAsync("/api/v1/guardians")).JsonAsync()).GetProperty("totalCount").GetInt32().Should().Be(0);
            await (await client.GetAsync($"/api/v1/students/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }
    }

    [Theory, Engines]
    public async Task A_province_reads_its_schools_the_ministry_reads_all_and_neither_writes(Engine engine)
    {
        var app = await apps.Get(engine);
        var hanoi = await app.Data.ProvinceAsync("Thành phố Hà Nội");
        var hue = await app.Data.ProvinceAsync("Thành phố Huế");
        var inHanoi = await app.Data.SchoolWithYearInAsync(hanoi);
        var inHue = await app.Data.SchoolWithYearInAsync(hue);
        var hanoiStudent = await app.Data.StudentAsync(inHanoi.School, "Phan Thị Ngọc");
        var hueStudent = await app.Data.StudentAsync(inHue.School, "Tôn Nữ Hoa");
        var so = await app.Data.ApiAsync(Roles.ProvinceOfficer, hanoi);
        var bo = await app.Data.ApiAsync(Roles.MinistryOfficer, await app.Data.MinistryAsync());

        (await so.GetAsync($"/api/v1/students/{hanoiStudent}")).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await so.GetAsync($"/api/v1/students/{hueStudent}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var soList = await (await so.GetAsync($"/api/v1/students?schoolId={inHue.Id}")).JsonAsync();
        soList.GetProperty("totalCount").GetInt32().Should().Be(0);
        (await bo.GetAsync($"/api/v1/students/{hanoiStudent}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await bo.GetAsync($"/api/v1/students/{hueStudent}")).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await bo.PostAsJsonAsync($"/api/v1/students/{hueStudent}/withdraw", new { })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await so.PostAsJsonAsync("/api/v1/students", AdmitStudentTests.Student(inHanoi, "Lê Văn Mới", new(2013, 1, 1), "Male")))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory, Engines]
    public async Task School_B_cannot_read_or_change_school_A_students(Engine engine)
    {
        var app = await apps.Get(engine);
        var province = await app.Data.ProvinceAsync();
        var a = await app.Data.SchoolWithYearInAsync(province);
        var b = await app.Data.SchoolWithYearInAsync(province);
        var id = await app.Data.StudentAsync(a.School, "Mai Anh Tuấn");
        var principalB = await app.Data.ApiAsync(Roles.Principal, b.School);

        await (await principalB.GetAsync($"/api/v1/students/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await principalB.PostAsJsonAsync($"/api/v1/students/{id}/withdraw", new { })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await principalB.PostAsJsonAsync($"/api/v1/students/{id}/guardians", new { fullName = "X", phone = "0912000000", relation = "cha" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await principalB.GetAsync($"/api/v1/students?schoolId={a.Id}")).JsonAsync()).GetProperty("totalCount").GetInt32().Should().Be(0);
        (await (await principalB.GetAsync("/api/v1/students?q=mai anh tuan")).JsonAsync()).GetProperty("totalCount").GetInt32().Should().Be(0);
    }
}

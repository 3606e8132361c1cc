using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;

namespace TruongSo.Tests.Modules.People;

/// <summary>Tiếp nhận học sinh: what is refused (with the field named and nothing written), and what is made.</summary>
public sealed class AdmitStudentTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task Admission_makes_the_profile_the_stay_and_the_class_place(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolWithYearAsync("6A1");
        var clerk = await app.Data.ApiAsync(Roles.SchoolAdmin, school.School);

        var created = await (await clerk.PostAsJsonAsync("/api/v1/students", Student(school, "  Nguyễn   Văn An ", new(2014, 2, 3), "Male",
            pid: PeopleData.PersonalId(2014, Gender.Male), classId: school["6A1"]))).JsonAsync(HttpStatusCode.Created);
        var profile = await (await clerk.GetAsync($"/api/v1/students/{created.GetProperty("id")}")).JsonAsync();

        created.GetProperty("studentCode").GetString().Should().MatchRegex("^[0-9A-Z]{10}$", "a code is issued when none is given");
        profile.GetProperty("fullName").GetString().Should().Be("Nguyễn Văn An");
        profile.GetProperty("ethnicity").GetString().Should().Be("Kinh");
        profile.GetProperty("status").GetString().Should().Be("Studying");
        profile.GetProperty("enrolments").EnumerateArray().Single().GetProperty("schoolName").GetString().Should().Be(school.School.Name);
        profile.GetProperty("placements").EnumerateArray().Single().GetProperty("className").GetString().Should().Be("6A1");
        profile.GetProperty("readOnlyReason").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Theory, Engines]
    public async Task Bad_particulars_are_refused_field_by_field_and_nothing_is_written(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolWithYearAsync();
        var clerk = await app.Data.ApiAsync(Roles.SchoolAdmin, school.School);
        var cases = new (object Body, string Field, string Message)[]
        {
            (Student(school, "Lê Thị Hoa", new(2013, 5, 1), "Female", pid: "0013130001"), "personalId", "Số định danh cá nhân phải gồm đúng 12 chữ số."),
            (Student(school, "Lê Thị Hoa", new(2013, 5, 1), "Female", pid: "00131300012a"), "personalId", "Số định danh cá nhân phải gồm đúng 12 chữ số."),
            // 2 = male born 2000–2099: the fourth digit says the opposite of the form.
            (Student(school, "Lê Thị Hoa", new(2013, 5, 1), "Female", pid: "001213000123"), "personalId", "Chữ số thứ tư (2) ghi giới tính nam, không khớp với giới tính đã khai."),
            (Student(school, "Lê Thị Hoa", new(2013, 5, 1), "Female", pid: "001312000123"), "personalId", "Số định danh cá nhân ghi năm sinh 2012, không khớp với ngày sinh 01/05/2013."),
            (Student(school, "Lê Thị Hoa", new(2030, 5, 1), "Female"), "dateOfBirth", "Ngày sinh 01/05/2030 ở tương lai."),
            (Student(school, "Lê Thị Hoa 2", new(2013, 5, 1), "Female"), "fullName", "Họ và tên không được chứa chữ số."),
            (Student(school, "Lê Thị Hoa", new(2013, 5, 1), null), "gender", "Thiếu giới tính (Nam hoặc Nữ)."),
            (Student(school, "Lê Thị Hoa", new(2013, 5, 1), "Female", ethnicity: "Klingon"), "ethnicity", "Dân tộc 'Klingon' không có trong danh mục 54 dân tộc."),
            (Student(school, "Lê Thị Hoa", new(2013, 5, 1), "Female", classId: Guid.NewGuid()), "classId", "Không tìm thấy lớp này trong trường."),
        };

        foreach (var (body, field, message) in cases)
        {
            var problem = await (await clerk.PostAsJsonAsync("/api/v1/students", body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            problem.GetProperty("errors").GetProperty(field)[0].GetString().Should().Be(message);
        }
        (await CountAsync(app, school.Id)).Should().Be(0);
    }

    [Theory, Engines]
    public async Task A_personal_id_or_code_already_on_file_is_refused_naming_the_field(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolWithYearAsync();
        var pid = PeopleData.PersonalId(2013, Gender.Male);
        await app.Data.StudentAsync(school.School, "Phạm Minh Quân", personalId: pid, code: "0199990001");
        var clerk = await app.Data.ApiAsync(Roles.SchoolAdmin, school.School);

        var byId = await (await clerk.PostAsJsonAsync("/api/v1/students", Student(school, "Phạm Minh Khang", new(2013, 1, 2), "Male", pid: pid)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var byCode = await (await clerk.PostAsJsonAsync("/api/v1/students", Student(school, "Phạm Minh Khang", new(2013, 1, 2), "Male", code: "0199990001")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        byId.GetProperty("errors").GetProperty("personalId")[0].GetString().Should().Be($"Số định danh cá nhân {pid} đã có trong hồ sơ học sinh Phạm Minh Quân của trường.");
        byCode.GetProperty("errors").GetProperty("studentCode")[0].GetString().Should().Be("Mã định danh học sinh 0199990001 đã có trong hồ sơ học sinh Phạm Minh Quân của trường.");
        (await CountAsync(app, school.Id)).Should().Be(1);
    }

    [Theory, Engines]
    public async Task A_student_studying_at_another_school_is_refused_with_its_name(Engine engine)
    {
        var app = await apps.Get(engine);
        var province = await app.Data.ProvinceAsync();
        var first = await app.Data.SchoolWithYearInAsync(province);
        var second = await app.Data.SchoolWithYearInAsync(province);
        var pid = PeopleData.PersonalId(2012, Gender.Female);
        await app.Data.StudentAsync(first.School, "Đỗ Thu Trang", personalId: pid, dateOfBirth: new(2012, 6, 7), gender: Gender.Female);
        var clerk = await app.Data.ApiAsync(Roles.SchoolAdmin, second.School);

        var problem = await (await clerk.PostAsJsonAsync("/api/v1/students", Student(second, "Đỗ Thu Trang", new(2012, 6, 7), "Female", pid: pid)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("personalId")[0].GetString()
            .Should().Be($"Học sinh đang học tại {first.School.Name}; hãy làm thủ tục chuyển trường.");
        (await CountAsync(app, second.Id)).Should().Be(0);
    }

    [Theory, Engines]
    public async Task A_graduate_admitted_elsewhere_keeps_the_lifelong_profile_and_code(Engine engine)
    {
        var app = await apps.Get(engine);
        var thcs = await app.Data.SchoolWithYearAsync();
        var thpt = await app.Data.SchoolWithYearAsync();
        var id = await app.Data.StudentAsync(thcs.School, "Vũ Hải Nam", code: "0188880001", dateOfBirth: new(2011, 9, 9));
        var thcsClerk = await app.Data.ApiAsync(Roles.SchoolAdmin, thcs.School);
        (await thcsClerk.PostAsJsonAsync($"/api/v1/students/{id}/graduate", new { })).StatusCode.Should().Be(HttpStatusCode.OK);
        var thptClerk = await app.Data.ApiAsync(Roles.SchoolAdmin, thpt.School);

        var stranger = await (await thptClerk.PostAsJsonAsync("/api/v1/students", Student(thpt, "Vũ Hải Long", new(2011, 9, 9), "Male", code: "0188880001")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var admitted = await (await thptClerk.PostAsJsonAsync("/api/v1/students", Student(thpt, "Vũ Hải Nam", new(2011, 9, 9), "Male", code: "0188880001")))
            .JsonAsync(HttpStatusCode.Created);

        stranger.GetProperty("errors").GetProperty("studentCode")[0].GetString().Should().Contain("họ tên hoặc ngày sinh không khớp");
        admitted.GetProperty("id").GetGuid().Should().Be(id);
        admitted.GetProperty("readmitted").GetBoolean().Should().BeTrue();
        var profile = await (await thptClerk.GetAsync($"/api/v1/students/{id}")).JsonAsync();
        profile.GetProperty("enrolments").Strings("schoolName").Should().Equal(thcs.School.Name, thpt.School.Name);
        profile.GetProperty("status").GetString().Should().Be("Studying");
    }

    [Theory, Engines]
    public async Task A_school_without_the_right_cannot_admit(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolWithYearAsync();
        var other = await app.Data.SchoolWithYearAsync();
        var clerkElsewhere = await app.Data.ApiAsync(Roles.SchoolAdmin, other.School);
        var accountant = await app.Data.ApiAsync(Roles.Accountant, school.School);

        await (await clerkElsewhere.PostAsJsonAsync("/api/v1/students", Student(school, "Lý Văn Tài", new(2013, 1, 1), "Male"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await accountant.PostAsJsonAsync("/api/v1/students", Student(school, "Lý Văn Tài", new(2013, 1, 1), "Male"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await CountAsync(app, school.Id)).Should().Be(0);
    }

    internal static object Student(PeopleSchool school, string name, DateOnly dob, string? gender, string? pid = null, string? code = null,
        Guid? classId = null, string ethnicity = "Kinh") =>
        new { schoolId = school.Id, fullName = name, dateOfBirth = dob.ToString("yyyy-MM-dd"), gender, personalId = pid, studentCode = code, classId, ethnicity };

    internal static Task<int> CountAsync(TestApp app, Guid schoolId) =>
        app.WithDbAsync(db => db.Set<Student>().CountAsync(s => s.SchoolId == schoolId || s.Enrolments.Any(e => e.SchoolId == schoolId)));
}

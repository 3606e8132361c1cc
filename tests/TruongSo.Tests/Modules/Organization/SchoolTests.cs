using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Modules.Organization.Reference;
using TruongSo.Web.Platform.Audit;

namespace TruongSo.Tests.Modules.Organization;

/// <summary>Creating, editing and moving schools through /api/v1/schools.</summary>
public sealed class SchoolTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task A_new_school_gets_the_2018_subjects_of_its_grades_only(Engine engine)
    {
        var app = await apps.Get(engine);
        var province = await app.Data.ProvinceAsync();
        var officer = await app.ApiAs(await app.Data.UserAsync(Roles.ProvinceOfficer, province));
        var code = SchoolData.Unique("THCS");

        var created = await (await officer.PostAsJsonAsync("/api/v1/schools", new
        {
            parentId = province.Id, code, name = "Trường THCS Lê Quý Đôn", level = "LowerSecondary", ownership = "Public",
            address = "12 Lê Lợi", phone = "024 3825 1234", email = "thcs.lequydon@example.edu.vn",
        })).JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var subjects = (await (await officer.GetAsync($"/api/v1/subjects?schoolId={id}&pageSize=200")).JsonAsync()).GetProperty("items");

        (created.GetProperty("lowestGrade").GetInt32(), created.GetProperty("highestGrade").GetInt32()).Should().Be((6, 9));
        var expected = Curriculum2018.Subjects.Where(s => s.PeriodsByGrade.Keys.Any(g => g is >= 6 and <= 9)).Select(s => s.Code);
        subjects.Strings("code").Should().BeEquivalentTo(expected, "Tiếng Việt, Lịch sử THPT… are left out");
        subjects.Strings("code").Should().StartWith(["NGUVAN", "TOAN", "NGOAINGU1"], "in the order of the grade book");
        foreach (var subject in subjects.EnumerateArray())
        {
            var grades = subject.GetProperty("periodsByGrade").EnumerateObject().Select(p => int.Parse(p.Name)).ToList();
            grades.Should().NotBeEmpty().And.OnlyContain(g => g >= 6 && g <= 9, subject.GetProperty("code").GetString());
        }
        var maths = subjects.EnumerateArray().Single(s => s.GetProperty("code").GetString() == "TOAN");
        maths.GetProperty("periodsByGrade").GetProperty("7").GetInt32().Should().Be(140);
        maths.GetProperty("regularAssessmentsByGrade").GetProperty("7").GetInt32().Should().Be(4);
        (await AuditCountAsync(app, id, "org-unit.create")).Should().Be(1);
    }

    [Theory, Engines]
    public async Task A_liên_cấp_school_with_a_chosen_range_gets_those_grades(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.NewSchoolAsync(level: SchoolLevel.MultiLevel, lowest: 1, highest: 9);

        var codes = await app.WithDbAsync(db => db.Set<Subject>().Where(s => s.SchoolId == school.Id).Select(s => s.Code).ToListAsync());
        var grades = await app.WithDbAsync(db => db.Set<SubjectGrade>()
            .Where(g => db.Set<Subject>().Any(s => s.Id == g.SubjectId && s.SchoolId == school.Id)).Select(g => g.Grade).Distinct().ToListAsync());

        codes.Should().Contain(["TIENGVIET", "NGUVAN", "KHTN"]).And.NotContain(["GDQPAN", "VATLI"]);
        grades.Should().BeEquivalentTo(Enumerable.Range(1, 9));
    }

    [Theory, Engines]
    public async Task A_duplicate_code_is_refused_with_the_field_named_and_nothing_written(Engine engine)
    {
        var app = await apps.Get(engine);
        var province = await app.Data.ProvinceAsync();
        var existing = await app.Data.NewSchoolAsync(province);
        var officer = await app.ApiAs(await app.Data.UserAsync(Roles.ProvinceOfficer, province));

        var problem = await (await officer.PostAsJsonAsync("/api/v1/schools", new
        {
            parentId = province.Id, code = existing.Code, name = "Trường THCS Trùng Mã", level = "LowerSecondary", ownership = "Public", address = "1 Trần Phú",
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("code")[0].GetString().Should().Contain(existing.Code).And.Contain("đã tồn tại");
        (await app.WithDbAsync(db => db.Set<OrgUnit>().CountAsync(u => u.Name == "Trường THCS Trùng Mã"))).Should().Be(0);
    }

    [Theory, Engines]
    public async Task Particulars_outside_the_level_are_refused_field_by_field(Engine engine)
    {
        var app = await apps.Get(engine);
        var province = await app.Data.ProvinceAsync();
        var officer = await app.ApiAs(await app.Data.UserAsync(Roles.ProvinceOfficer, province));

        var problem = await (await officer.PostAsJsonAsync("/api/v1/schools", new
        {
            parentId = province.Id, code = SchoolData.Unique("TH"), name = "Trường Tiểu học Sai", level = "Primary", ownership = "Public",
            address = "", highestGrade = 6, email = "không-phải-email",
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        errors.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("highestGrade", "address", "email");
        errors.GetProperty("address")[0].GetString().Should().Be("Địa chỉ phải có từ 1 đến 300 ký tự.");
        (await app.WithDbAsync(db => db.Set<OrgUnit>().CountAsync(u => u.Name == "Trường Tiểu học Sai"))).Should().Be(0);
    }

    [Theory, Engines]
    public async Task An_edit_from_a_stale_version_gets_409_and_overwrites_nothing(Engine engine)
    {
        var app = await apps.Get(engine);
        var province = await app.Data.ProvinceAsync();
        var school = await app.Data.NewSchoolAsync(province);
        var officer = await app.ApiAs(await app.Data.UserAsync(Roles.ProvinceOfficer, province));
        object Edit(string name) => new { name, level = "LowerSecondary", ownership = "Public", address = "5 Hai Bà Trưng", version = school.Version };

        var first = await (await officer.PutAsJsonAsync($"/api/v1/schools/{school.Id}", Edit("Trường THCS Đoàn Thị Điểm"))).JsonAsync();
        var second = await (await officer.PutAsJsonAsync($"/api/v1/schools/{school.Id}", Edit("Trường THCS Ghi Đè"))).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        first.GetProperty("version").GetGuid().Should().NotBe(school.Version);
        second.GetProperty("detail").GetString().Should().Contain("vừa được người khác thay đổi");
        var stored = await (await officer.GetAsync($"/api/v1/schools/{school.Id}")).JsonAsync();
        stored.GetProperty("name").GetString().Should().Be("Trường THCS Đoàn Thị Điểm");
        stored.GetProperty("address").GetString().Should().Be("5 Hai Bà Trưng");
    }

    [Theory, Engines]
    public async Task A_principal_sees_the_school_but_may_not_edit_its_particulars(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.NewSchoolAsync();
        var principal = await app.ApiAs(await app.Data.UserAsync(Roles.Principal, school.Unit()));

        var response = await principal.PutAsJsonAsync($"/api/v1/schools/{school.Id}",
            new { name = "Tự đổi tên", level = "LowerSecondary", ownership = "Public", address = "x", version = school.Version });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    internal static Task<int> AuditCountAsync(TestApp app, Guid schoolId, string action) =>
        app.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(e => e.SchoolId == schoolId && e.Action == action));
}

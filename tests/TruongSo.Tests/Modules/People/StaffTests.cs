using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Tests.Modules.People;

/// <summary>Cán bộ: records with the sector's code lists, their sign-in accounts, and who may see them.</summary>
public sealed class StaffTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task A_teacher_is_recorded_and_gets_an_account_with_the_teacher_role_once(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolWithYearAsync();
        var clerk = await app.Data.ApiAsync(Roles.SchoolAdmin, school.School);

        var added = await (await clerk.PostAsJsonAsync("/api/v1/staff", Staff(school.Id, "Nguyễn Thị Thu Hương", "giao-vien", ["toan", "TINHOC"])))
            .JsonAsync(HttpStatusCode.Created);
        var id = added.GetProperty("id").GetGuid();
        var account = await (await clerk.PostAsJsonAsync($"/api/v1/staff/{id}/account", new { })).JsonAsync(HttpStatusCode.Created);
        var again = await clerk.PostAsJsonAsync($"/api/v1/staff/{id}/account", new { });

        added.GetProperty("staffCode").GetString().Should().Be("CB0001");
        account.GetProperty("userName").GetString().Should().Be("huongntt");
        account.GetProperty("role").GetString().Should().Be(Roles.Teacher);
        var password = account.GetProperty("password").GetString()!;
        password.Should().HaveLength(12);
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var record = await (await clerk.GetAsync($"/api/v1/staff/{id}")).JsonAsync();
        record.GetProperty("userId").GetGuid().Should().Be(account.GetProperty("userId").GetGuid());
        record.GetProperty("mainSubjects").EnumerateArray().Select(s => s.GetString()).Should().Equal("TOAN", "TINHOC");
        record.GetProperty("qualificationName").GetString().Should().Be("Thạc sĩ");
        record.TryGetProperty("password", out _).Should().BeFalse();
        var me = await app.ApiAs(new TestUser(account.GetProperty("userId").GetGuid(), "huongntt", password));
        var linked = await app.WithServicesAsync(sp => sp.GetRequiredService<IStaffDirectory>().ByUserAsync(account.GetProperty("userId").GetGuid()));
        linked.Select(s => s.Id).Should().Equal(id);
        (await me.GetAsync("/api/v1/me")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory, Engines]
    public async Task A_teacher_who_leaves_loses_their_rights_at_the_school_at_once(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolWithYearAsync();
        var clerk = await app.Data.ApiAsync(Roles.SchoolAdmin, school.School);
        var id = (await (await clerk.PostAsJsonAsync("/api/v1/staff", Staff(school.Id, "Lê Văn Tám", "giao-vien", ["TOAN"]))).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var account = await (await clerk.PostAsJsonAsync($"/api/v1/staff/{id}/account", new { })).JsonAsync(HttpStatusCode.Created);
        var teacher = await app.ApiAs(new TestUser(account.GetProperty("userId").GetGuid(), account.GetProperty("userName").GetString()!, account.GetProperty("password").GetString()!));
        (await teacher.GetAsync($"/api/v1/org-units/{school.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await clerk.PostAsJsonAsync($"/api/v1/staff/{id}/leave", new { reason = "Chuyển công tác" })).StatusCode.Should().Be(HttpStatusCode.OK);

        await (await teacher.GetAsync($"/api/v1/org-units/{school.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await teacher.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("grants").GetArrayLength().Should().Be(0);
    }

    [Theory, Engines]
    public async Task Bad_staff_records_are_refused_field_by_field(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolWithYearAsync();
        var clerk = await app.Data.ApiAsync(Roles.SchoolAdmin, school.School);

        var problem = await (await clerk.PostAsJsonAsync("/api/v1/staff", new
        {
            schoolId = school.Id, fullName = "Trần Văn Bảo", gender = "Male", position = "bao-ve", qualification = "giao-su",
            employment = "tam-thoi", mainSubjects = new[] { "THIENVAN" }, phone = "123",
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        errors.GetProperty("position")[0].GetString().Should().StartWith("Vị trí việc làm phải là một trong: giao-vien, hieu-truong");
        errors.GetProperty("qualification")[0].GetString().Should().StartWith("Trình độ đào tạo phải là một trong");
        errors.GetProperty("employment")[0].GetString().Should().StartWith("Hình thức tuyển dụng phải là một trong");
        errors.GetProperty("mainSubjects")[0].GetString().Should().Be("Mã môn không có trong danh mục môn học của trường: THIENVAN.");
        errors.GetProperty("phone")[0].GetString().Should().Be("Số điện thoại phải gồm 10 chữ số, bắt đầu bằng 0.");
    }

    [Theory, Engines]
    public async Task Staff_are_seen_by_their_school_and_its_province_and_changed_by_their_school_only(Engine engine)
    {
        var app = await apps.Get(engine);
        var province = await app.Data.ProvinceAsync();
        var school = await app.Data.SchoolWithYearInAsync(province);
        var other = await app.Data.SchoolWithYearInAsync(province);
        var principal = await app.Data.ApiAsync(Roles.Principal, school.School);
        foreach (var name in new[] { "Vũ Văn Đức", "Hoàng Thị Bình", "Lê Văn Dũng" })
        {
            (await principal.PostAsJsonAsync("/api/v1/staff", Staff(school.Id, name, "giao-vien", []))).StatusCode.Should().Be(HttpStatusCode.Created);
        }
        var list = await (await principal.GetAsync($"/api/v1/staff?schoolId={school.Id}")).JsonAsync();
        var id = list.GetProperty("items")[0].GetProperty("id").GetGuid();
        var so = await app.Data.ApiAsync(Roles.ProvinceOfficer, province);
        var otherPrincipal = await app.Data.ApiAsync(Roles.Principal, other.School);
        var teacher = await app.Data.ApiAsync(Roles.Teacher, school.School);

        list.GetProperty("items").Strings("fullName").Should().Equal("Hoàng Thị Bình", "Lê Văn Dũng", "Vũ Văn Đức");
        (await so.GetAsync($"/api/v1/staff/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await otherPrincipal.GetAsync($"/api/v1/staff/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await teacher.GetAsync("/api/v1/staff")).JsonAsync()).GetProperty("totalCount").GetInt32().Should().Be(0);
        await (await so.PostAsJsonAsync($"/api/v1/staff/{id}/leave", new { })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        // A principal manages staff but not accounts: that is the clerk's (văn thư) job.
        await (await principal.PostAsJsonAsync($"/api/v1/staff/{id}/account", new { })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var left = await (await principal.PostAsJsonAsync($"/api/v1/staff/{id}/leave", new { reason = "Nghỉ hưu" })).JsonAsync();

        left.GetProperty("status").GetString().Should().Be("Left");
        var working = await app.WithServicesAsync(sp => sp.GetRequiredService<IStaffDirectory>().WorkingAtAsync(school.Id));
        working.Select(s => s.FullName).Should().Equal("Lê Văn Dũng", "Vũ Văn Đức");
    }

    [Theory, Engines]
    public async Task Editing_staff_checks_the_version(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolWithYearAsync();
        var clerk = await app.Data.ApiAsync(Roles.SchoolAdmin, school.School);
        var id = (await (await clerk.PostAsJsonAsync("/api/v1/staff", Staff(school.Id, "Đào Văn Tiến", "ke-toan", [])))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var version = (await (await clerk.GetAsync($"/api/v1/staff/{id}")).JsonAsync()).GetProperty("version").GetGuid();
        var edit = new { version, fullName = "Đào Văn Tiến", gender = "Male", position = "van-thu", employment = "hop-dong" };

        var saved = await (await clerk.PutAsJsonAsync($"/api/v1/staff/{id}", edit)).JsonAsync();
        var stale = await clerk.PutAsJsonAsync($"/api/v1/staff/{id}", edit);

        saved.GetProperty("version").GetGuid().Should().NotBe(version);
        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await (await clerk.GetAsync($"/api/v1/staff/{id}")).JsonAsync()).GetProperty("positionName").GetString().Should().Be("Văn thư");
    }

    private static object Staff(Guid schoolId, string name, string position, string[] subjects) => new
    {
        schoolId, fullName = name, gender = name.Contains(" Thị ", StringComparison.Ordinal) ? "Female" : "Male", position,
        qualification = "thac-si", employment = "bien-che", mainSubjects = subjects, dateOfBirth = "1985-04-12",
    };
}

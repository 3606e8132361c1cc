using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TruongSo.Web.Modules.Access.Contracts;

namespace TruongSo.Tests.Modules.People;

/// <summary>Sửa lý lịch: the lifelong code never changes, and a stale form never overwrites a newer one.</summary>
public sealed class EditStudentTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task Particulars_change_and_search_follows_the_new_name(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolWithYearAsync();
        var id = await app.Data.StudentAsync(school.School, "Nguyen Van Hung");
        var clerk = await app.Data.ApiAsync(Roles.SchoolAdmin, school.School);
        var before = await ProfileAsync(clerk, id);

        var saved = await (await clerk.PutAsJsonAsync($"/api/v1/students/{id}", Edit(before, "Nguyễn Văn Hùng"))).JsonAsync();

        saved.GetProperty("version").GetGuid().Should().NotBe(before.GetProperty("version").GetGuid());
        (await ProfileAsync(clerk, id)).GetProperty("fullName").GetString().Should().Be("Nguyễn Văn Hùng");
        var found = await (await clerk.GetAsync($"/api/v1/students?schoolId={school.Id}&q=HÙNG")).JsonAsync();
        found.GetProperty("items").Strings("fullName").Should().Equal("Nguyễn Văn Hùng");
    }

    [Theory, Engines]
    public async Task The_student_code_can_never_change(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolWithYearAsync();
        var id = await app.Data.StudentAsync(school.School, "Bùi Thị Lan", code: "0177770001");
        var clerk = await app.Data.ApiAsync(Roles.SchoolAdmin, school.School);
        var before = await ProfileAsync(clerk, id);

        var problem = await (await clerk.PutAsJsonAsync($"/api/v1/students/{id}", Edit(before, "Bùi Thị Lan", code: "0177770002")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var unchanged = await clerk.PutAsJsonAsync($"/api/v1/students/{id}", Edit(before, "Bùi Thị Lan", code: "0177770001"));

        problem.GetProperty("errors").GetProperty("studentCode")[0].GetString().Should().Contain("không bao giờ thay đổi");
        unchanged.StatusCode.Should().Be(HttpStatusCode.OK, "sending the same code back is not a change");
        (await ProfileAsync(clerk, id)).GetProperty("studentCode").GetString().Should().Be("0177770001");
    }

    [Theory, Engines]
    public async Task A_stale_version_answers_409_and_keeps_the_newer_edit(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolWithYearAsync();
        var id = await app.Data.StudentAsync(school.School, "Hồ Văn Sơn");
        var clerk = await app.Data.ApiAsync(Roles.SchoolAdmin, school.School);
        var principal = await app.Data.ApiAsync(Roles.Principal, school.School);
        var seenByBoth = await ProfileAsync(clerk, id);

        (await principal.PutAsJsonAsync($"/api/v1/students/{id}", Edit(seenByBoth, "Hồ Văn Sơn", address: "Số 1 Tràng Tiền"))).StatusCode.Should().Be(HttpStatusCode.OK);
        var late = await clerk.PutAsJsonAsync($"/api/v1/students/{id}", Edit(seenByBoth, "Hồ Văn Sơn", address: "Số 9 Hàng Bài"));

        await late.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await ProfileAsync(clerk, id)).GetProperty("address").GetString().Should().Be("Số 1 Tràng Tiền");
    }

    [Theory, Engines]
    public async Task Moving_class_keeps_the_old_placement_in_the_history(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolWithYearAsync("7A1", "7A2");
        var id = await app.Data.StudentAsync(school.School, "Lâm Gia Huy", classId: school["7A1"]);
        var clerk = await app.Data.ApiAsync(Roles.SchoolAdmin, school.School);

        var twice = await (await clerk.PostAsJsonAsync($"/api/v1/students/{id}/placements", new { classId = school["7A2"] })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await clerk.PostAsJsonAsync($"/api/v1/students/{id}/move", new { classId = school["7A2"], on = "2026-11-02" })).StatusCode.Should().Be(HttpStatusCode.OK);

        twice.GetProperty("errors").GetProperty("classId")[0].GetString().Should().Contain("chuyển lớp");
        var placements = (await ProfileAsync(clerk, id)).GetProperty("placements").EnumerateArray().ToList();
        placements.Select(p => (p.GetProperty("className").GetString(), p.GetProperty("from").GetString(), p.GetProperty("to").GetString()))
            .Should().Equal(("7A1", "2026-09-05", "2026-11-02"), ("7A2", "2026-11-02", null));
        var in7A1 = await (await clerk.GetAsync($"/api/v1/students?classId={school["7A1"]}")).JsonAsync();
        var in7A2 = await (await clerk.GetAsync($"/api/v1/students?classId={school["7A2"]}")).JsonAsync();
        in7A1.GetProperty("totalCount").GetInt32().Should().Be(0);
        in7A2.GetProperty("items").EnumerateArray().Single().GetProperty("className").GetString().Should().Be("7A2");
    }

    [Theory, Engines]
    public async Task A_withdrawn_student_is_kept_with_the_stay_closed(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolWithYearAsync("8A1");
        var id = await app.Data.StudentAsync(school.School, "Tạ Quang Vinh", classId: school["8A1"]);
        var clerk = await app.Data.ApiAsync(Roles.SchoolAdmin, school.School);

        (await clerk.PostAsJsonAsync($"/api/v1/students/{id}/withdraw", new { on = "2026-10-15", note = "Gia đình chuyển vào TP.HCM" })).StatusCode.Should().Be(HttpStatusCode.OK);
        var again = await clerk.PostAsJsonAsync($"/api/v1/students/{id}/withdraw", new { });

        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var profile = await ProfileAsync(clerk, id);
        profile.GetProperty("status").GetString().Should().Be("Withdrawn");
        var stay = profile.GetProperty("enrolments").EnumerateArray().Single();
        (stay.GetProperty("leftOn").GetString(), stay.GetProperty("leftReason").GetString()).Should().Be(("2026-10-15", "Withdrawn"));
        profile.GetProperty("placements")[0].GetProperty("to").GetString().Should().Be("2026-10-15");
        var withdrawn = await (await clerk.GetAsync($"/api/v1/students?schoolId={school.Id}&status=Withdrawn")).JsonAsync();
        withdrawn.GetProperty("items").Strings("fullName").Should().Equal("Tạ Quang Vinh");
    }

    internal static async Task<JsonElement> ProfileAsync(HttpClient client, Guid id) =>
        await (await client.GetAsync($"/api/v1/students/{id}")).JsonAsync();

    private static object Edit(JsonElement p, string name, string? code = null, string? address = null) => new
    {
        version = p.GetProperty("version").GetGuid(), studentCode = code, fullName = name,
        dateOfBirth = p.GetProperty("dateOfBirth").GetString(), gender = p.GetProperty("gender").GetString(),
        ethnicity = p.GetProperty("ethnicityCode").GetString(), personalId = p.GetProperty("personalId").GetString(), address,
    };
}

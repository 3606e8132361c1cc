using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.People.Data;

namespace TruongSo.Tests.Modules.People;

/// <summary>One guardian, known by phone, linked to children in several schools; each school sees only its own children.</summary>
public sealed class GuardianTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task One_guardian_is_shared_by_children_in_two_schools(Engine engine)
    {
        var app = await apps.Get(engine);
        var primary = await app.Data.SchoolWithYearAsync();
        var secondary = await app.Data.SchoolWithYearAsync();
        var younger = await app.Data.StudentAsync(primary.School, "Cao Minh Tú");
        var elder = await app.Data.StudentAsync(secondary.School, "Cao Minh Tâm");
        var clerkA = await app.Data.ApiAsync(Roles.SchoolAdmin, primary.School);
        var clerkB = await app.Data.ApiAsync(Roles.SchoolAdmin, secondary.School);
        var phone = $"09{Random.Shared.Next(10_000_000, 99_999_999)}";

        var first = await (await clerkA.PostAsJsonAsync($"/api/v1/students/{younger}/guardians",
            new { fullName = "Cao Văn Thành", phone, relation = "cha" })).JsonAsync(HttpStatusCode.Created);
        var second = await (await clerkB.PostAsJsonAsync($"/api/v1/students/{elder}/guardians",
            new { fullName = "Cao Thanh", phone = $"+84 {phone[1..]}", relation = "cha" })).JsonAsync(HttpStatusCode.Created);
        var twice = await (await clerkB.PostAsJsonAsync($"/api/v1/students/{elder}/guardians", new { phone, relation = "me" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        second.GetProperty("guardianId").GetGuid().Should().Be(first.GetProperty("guardianId").GetGuid());
        second.GetProperty("existingGuardian").GetBoolean().Should().BeTrue();
        second.GetProperty("fullName").GetString().Should().Be("Cao Văn Thành", "the guardian on file is linked as they are");
        twice.GetProperty("errors").GetProperty("phone")[0].GetString().Should().Contain("đã là người giám hộ");
        (await app.WithDbAsync(db => db.Set<Guardian>().CountAsync(g => g.Phone == phone))).Should().Be(1);
        var seenByB = await (await clerkB.GetAsync($"/api/v1/guardians?q={phone}")).JsonAsync();
        var guardian = seenByB.GetProperty("items").EnumerateArray().Single();
        guardian.GetProperty("children").Strings("fullName").Should().Equal(["Cao Minh Tâm"], "school B never learns of the child at school A");
        guardian.GetProperty("children")[0].GetProperty("relationName").GetString().Should().Be("Cha");
        var profile = await EditStudentTests.ProfileAsync(clerkA, younger);
        profile.GetProperty("guardians").EnumerateArray().Single().GetProperty("isPrimaryContact").GetBoolean().Should().BeTrue();
    }

    [Theory, Engines]
    public async Task Guardians_are_listed_only_through_visible_students_and_links_can_be_removed(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolWithYearAsync();
        var other = await app.Data.SchoolWithYearAsync();
        var id = await app.Data.StudentAsync(school.School, "Mạc Thị Yến", gender: TruongSo.Web.Modules.People.Contracts.Gender.Female);
        var clerk = await app.Data.ApiAsync(Roles.SchoolAdmin, school.School);
        var stranger = await app.Data.ApiAsync(Roles.SchoolAdmin, other.School);
        var phone = $"08{Random.Shared.Next(10_000_000, 99_999_999)}";
        var bad = await (await clerk.PostAsJsonAsync($"/api/v1/students/{id}/guardians", new { fullName = "Mạc Văn Cường", phone = "12345", relation = "bo" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var linked = await (await clerk.PostAsJsonAsync($"/api/v1/students/{id}/guardians", new { fullName = "Mạc Văn Cường", phone, relation = "nguoi-giam-ho" }))
            .JsonAsync(HttpStatusCode.Created);
        var guardianId = linked.GetProperty("guardianId").GetGuid();

        bad.GetProperty("errors").GetProperty("phone")[0].GetString().Should().Be("Số điện thoại phải gồm 10 chữ số, bắt đầu bằng 0.");
        bad.GetProperty("errors").GetProperty("relation")[0].GetString().Should().StartWith("Quan hệ 'bo' không hợp lệ");
        (await (await stranger.GetAsync($"/api/v1/guardians?q={phone}")).JsonAsync()).GetProperty("totalCount").GetInt32().Should().Be(0);
        await (await stranger.GetAsync($"/api/v1/guardians/{guardianId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await clerk.GetAsync($"/api/v1/guardians?studentId={id}")).JsonAsync()).GetProperty("items").Strings("fullName").Should().Equal("Mạc Văn Cường");

        (await clerk.DeleteAsync($"/api/v1/students/{id}/guardians/{guardianId}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await (await clerk.GetAsync($"/api/v1/guardians?studentId={id}")).JsonAsync()).GetProperty("totalCount").GetInt32().Should().Be(0);
        await (await clerk.DeleteAsync($"/api/v1/students/{id}/guardians/{guardianId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory, Engines]
    public async Task Editing_a_guardian_checks_the_phone_and_the_version(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolWithYearAsync();
        var id = await app.Data.StudentAsync(school.School, "Ninh Văn Khoa");
        var clerk = await app.Data.ApiAsync(Roles.SchoolAdmin, school.School);
        var (phone1, phone2) = ($"07{Random.Shared.Next(10_000_000, 99_999_999)}", $"07{Random.Shared.Next(10_000_000, 99_999_999)}");
        var g1 = (await (await clerk.PostAsJsonAsync($"/api/v1/students/{id}/guardians", new { fullName = "Ninh Văn Bảo", phone = phone1, relation = "cha" })).JsonAsync(HttpStatusCode.Created)).GetProperty("guardianId").GetGuid();
        await clerk.PostAsJsonAsync($"/api/v1/students/{id}/guardians", new { fullName = "Lò Thị Hạnh", phone = phone2, relation = "me" });
        var version = (await (await clerk.GetAsync($"/api/v1/guardians/{g1}")).JsonAsync()).GetProperty("version").GetGuid();

        var taken = await (await clerk.PutAsJsonAsync($"/api/v1/guardians/{g1}", new { version, fullName = "Ninh Văn Bảo", phone = phone2 })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var saved = await (await clerk.PutAsJsonAsync($"/api/v1/guardians/{g1}", new { version, fullName = "Ninh Văn Bảo", phone = phone1, occupation = "Kỹ sư" })).JsonAsync();
        var stale = await clerk.PutAsJsonAsync($"/api/v1/guardians/{g1}", new { version, fullName = "Ninh Văn Bảo", phone = phone1 });

        taken.GetProperty("errors").GetProperty("phone")[0].GetString().Should().Be($"Số điện thoại {phone2} đã thuộc một người giám hộ khác.");
        saved.GetProperty("version").GetGuid().Should().NotBe(version);
        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await (await clerk.GetAsync($"/api/v1/guardians/{g1}")).JsonAsync()).GetProperty("occupation").GetString().Should().Be("Kỹ sư");
    }
}

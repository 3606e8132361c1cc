using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TruongSo.Tests.Modules.ContactBook;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Data;

namespace TruongSo.Tests.Modules.People;

/// <summary>Nghị định 13/2023: consent per purpose with its history, and the log of staff views of a child's data.</summary>
public sealed class PrivacyTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task Consent_needs_the_guardian_and_the_child_from_age_7_and_withdrawal_is_kept_in_the_history(Engine engine)
    {
        var app = await apps.Get(engine);
        var family = await app.FamilyAsync(); // the child was born in 2013
        var parent = await app.ApiAs(family.Parent);
        var child = await app.ApiAs(await StudentAccountAsync(app, family));
        var url = $"/api/v1/portal/children/{family.StudentId}/consents";

        (await parent.PostAsJsonAsync(url, new { purpose = "hinh-anh", given = true })).StatusCode.Should().Be(HttpStatusCode.Created);
        Purpose(await (await parent.GetAsync(url)).JsonAsync(), "hinh-anh").GetProperty("effective").GetBoolean().Should().BeFalse("a child of 13 must consent too");
        (await child.PostAsJsonAsync(url, new { purpose = "hinh-anh", given = true })).StatusCode.Should().Be(HttpStatusCode.Created);
        Purpose(await (await parent.GetAsync(url)).JsonAsync(), "hinh-anh").GetProperty("effective").GetBoolean().Should().BeTrue();
        (await parent.PostAsJsonAsync(url, new { purpose = "hinh-anh", given = false, note = "Không muốn đăng ảnh con lên mạng" })).StatusCode.Should().Be(HttpStatusCode.Created);

        var view = await (await parent.GetAsync(url)).JsonAsync();
        var state = Purpose(view, "hinh-anh");
        state.GetProperty("effective").GetBoolean().Should().BeFalse();
        state.GetProperty("guardian").GetProperty("given").GetBoolean().Should().BeFalse();
        state.GetProperty("student").GetProperty("given").GetBoolean().Should().BeTrue();
        var history = view.GetProperty("history").EnumerateArray().ToList();
        history.Select(h => (h.GetProperty("given").GetBoolean(), h.GetProperty("party").GetString(), h.GetProperty("method").GetString()))
            .Should().Equal((false, "Guardian", "Online"), (true, "Student", "Online"), (true, "Guardian", "Online"));
        history[0].GetProperty("givenBy").GetString().Should().Be("Nguyễn Văn Đức");
        history[0].GetProperty("note").GetString().Should().Be("Không muốn đăng ảnh con lên mạng");
        var refused = await (await parent.PostAsJsonAsync(url, new { purpose = "quang-cao", given = true })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        refused.GetProperty("errors").TryGetProperty("purpose", out _).Should().BeTrue();
    }

    [Theory, Engines]
    public async Task A_parent_consents_only_for_their_own_child(Engine engine)
    {
        var app = await apps.Get(engine);
        var family = await app.FamilyAsync();
        var other = await app.FamilyAsync();
        var parent = await app.ApiAs(family.Parent);

        await (await parent.GetAsync($"/api/v1/portal/children/{other.StudentId}/consents")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await parent.PostAsJsonAsync($"/api/v1/portal/children/{other.StudentId}/consents", new { purpose = "hoc-tap", given = false }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await parent.GetAsync($"/api/v1/portal/children/{Guid.NewGuid()}/consents")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await parent.GetAsync($"/api/v1/portal/children/{other.StudentId}/data-views")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await app.WithDbAsync(db => db.Set<TruongSo.Web.Modules.People.Privacy.Data.ConsentRecord>().CountAsync(c => c.StudentId == other.StudentId))).Should().Be(0);
    }

    [Theory, Engines]
    public async Task The_school_records_a_paper_consent_and_sees_the_class(Engine engine)
    {
        var app = await apps.Get(engine);
        var family = await app.FamilyAsync();
        var school = await SchoolAsync(app, family);
        var principal = await app.Data.ApiAsync(Roles.Principal, school);
        var teacher = await app.Data.ApiAsync(Roles.Teacher, school);
        var elsewhere = await app.Data.ApiAsync(Roles.Principal, await app.Data.SchoolAsync());
        var guardianId = await app.WithDbAsync(db => db.Set<Guardian>().Where(g => g.UserId == family.Parent.Id).Select(g => g.Id).SingleAsync());
        var url = $"/api/v1/students/{family.StudentId}/consents";
        var paper = new { purpose = "lien-lac", given = true, party = "Guardian", guardianId, method = "InPerson", note = "Giấy đồng ý ký ngày 5/9" };

        (await principal.PostAsJsonAsync(url, paper)).StatusCode.Should().Be(HttpStatusCode.Created);
        (await principal.PostAsJsonAsync(url, new { purpose = "lien-lac", given = true, party = "Student", method = "InPerson" })).StatusCode.Should().Be(HttpStatusCode.Created);
        await (await principal.PostAsJsonAsync(url, paper with { guardianId = Guid.NewGuid() })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await teacher.PostAsJsonAsync(url, paper)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await elsewhere.PostAsJsonAsync(url, paper)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var classId = await app.WithDbAsync(db => db.Set<ClassPlacement>().Where(p => p.StudentId == family.StudentId).Select(p => p.ClassId).SingleAsync());
        var cls = await (await principal.GetAsync($"/api/v1/classes/{classId}/consents")).JsonAsync();
        var row = cls.GetProperty("students").EnumerateArray().Single(s => s.GetProperty("studentId").GetGuid() == family.StudentId);
        Purpose(row, "lien-lac").GetProperty("effective").GetBoolean().Should().BeTrue();
        Purpose(row, "hoc-tap").GetProperty("effective").GetBoolean().Should().BeFalse();
        await (await elsewhere.GetAsync($"/api/v1/classes/{classId}/consents")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var parent = await app.ApiAs(family.Parent);
        var history = (await (await parent.GetAsync($"/api/v1/portal/children/{family.StudentId}/consents")).JsonAsync()).GetProperty("history");
        history.EnumerateArray().Select(h => h.GetProperty("method").GetString()).Should().Equal("InPerson", "InPerson");
        (await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityId == family.StudentId.ToString() && e.Action == "privacy.consent.give"))).Should().Be(2);
    }

    [Theory, Engines]
    public async Task A_staff_view_of_a_profile_is_logged_for_the_principal_and_the_family_but_not_for_another_school(Engine engine)
    {
        var app = await apps.Get(engine);
        var family = await app.FamilyAsync();
        var school = await SchoolAsync(app, family);
        var clerkUser = await app.Data.UserAsync(Roles.SchoolAdmin, school, "Lê Thị Văn Thư");
        var clerk = await app.ApiAs(clerkUser);
        var principal = await app.Data.ApiAsync(Roles.Principal, school);
        var elsewhere = await app.Data.ApiAsync(Roles.Principal, await app.Data.SchoolAsync());
        var parent = await app.ApiAs(family.Parent);

        (await clerk.GetAsync($"/api/v1/students/{family.StudentId}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await elsewhere.GetAsync($"/api/v1/students/{family.StudentId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await parent.GetAsync($"/api/v1/gradebook/students/{family.StudentId}/results")).StatusCode.Should().NotBe(HttpStatusCode.InternalServerError);

        var log = await (await principal.GetAsync($"/api/v1/privacy/data-views?schoolId={school.Id}")).JsonAsync();
        var rows = log.GetProperty("items").EnumerateArray().Where(r => r.GetProperty("studentId").GetGuid() == family.StudentId).ToList();
        rows.Should().ContainSingle("the clerk's view; neither the refused read nor the family's own is a staff view");
        rows[0].GetProperty("viewerUserId").GetGuid().Should().Be(clerkUser.Id);
        rows[0].GetProperty("viewerFullName").GetString().Should().Be("Lê Thị Văn Thư");
        rows[0].GetProperty("what").GetString().Should().Be("ho-so");
        await (await elsewhere.GetAsync($"/api/v1/privacy/data-views?schoolId={school.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await elsewhere.GetAsync("/api/v1/privacy/data-views")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Should().NotContain(r => r.GetProperty("studentId").GetGuid() == family.StudentId);
        await (await clerk.GetAsync("/api/v1/privacy/data-views")).JsonAsync(); // the văn thư holds privacy.consent too
        var seenByFamily = await (await parent.GetAsync($"/api/v1/portal/children/{family.StudentId}/data-views")).JsonAsync();
        seenByFamily.GetProperty("items")[0].GetProperty("viewerFullName").GetString().Should().Be("Lê Thị Văn Thư");
    }

    private static JsonElement Purpose(JsonElement view, string code) =>
        view.GetProperty("purposes").EnumerateArray().Single(p => p.GetProperty("purpose").GetString() == code);

    private static Task<OrgUnitRef> SchoolAsync(TestApp app, Family family) =>
        app.WithServicesAsync(async sp => (await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<IOrgDirectory>(sp).FindAsync(family.SchoolId))!);

    private static async Task<TestUser> StudentAccountAsync(TestApp app, Family family)
    {
        var school = await SchoolAsync(app, family);
        var user = await app.Data.UserAsync(Roles.Student, school);
        await app.WithDbAsync(db => db.Set<Student>().Where(s => s.Id == family.StudentId).ExecuteUpdateAsync(u => u.SetProperty(s => s.UserId, user.Id)));
        return user;
    }
}

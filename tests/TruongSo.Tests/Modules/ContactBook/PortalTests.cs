using System.Net;
using Microsoft.EntityFrameworkCore;

namespace TruongSo.Tests.Modules.ContactBook;

/// <summary>One account per parent for all their children in any school; nothing of another family.</summary>
public sealed class PortalTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task A_parent_sees_exactly_their_children_in_two_schools_and_404_for_another_child(Engine engine)
    {
        var app = await apps.Get(engine);
        var province = await app.Data.ProvinceAsync();
        var atThcs = await app.Data.FamilyClassAsync(student: "Trần Minh Khôi", province: province);
        var atPrimary = await app.Data.FamilyClassAsync(atThcs.Phone, "Trần Thu Hà", province);
        var neighbour = await app.Data.FamilyClassAsync(province: province);
        (await app.ActivateAsync(atThcs.Phone, await atThcs.CodeForAsync())).EnsureSuccessStatusCode();

        // The second school finds the guardian already activated: no second account for the same phone.
        var second = await (await atPrimary.Clerk.GetAsync($"/api/v1/contactbook/family-accounts?classId={atPrimary.ClassId}")).JsonAsync();
        second.GetProperty("guardians")[0].GetProperty("state").GetString().Should().Be("Activated");
        var regranted = await (await atPrimary.Clerk.IssueCodesAsync(atPrimary.ClassId, atPrimary.GuardianId)).JsonAsync();
        regranted.GetProperty("codes")[0].GetProperty("accountCreated").GetBoolean().Should().BeFalse();
        (await app.WithDbAsync(db => db.Users.CountAsync(u => u.UserName == atThcs.Phone))).Should().Be(1);

        var parent = await app.ApiAs(new TestUser(Guid.Empty, atThcs.Phone, FamilyData.NewPassword));
        var children = await parent.ChildrenAsync();
        children.Strings("studentId").Should().BeEquivalentTo([atThcs.StudentId.ToString(), atPrimary.StudentId.ToString()]);
        children.Strings("schoolId").Should().BeEquivalentTo([atThcs.School.Id.ToString(), atPrimary.School.Id.ToString()]);
        children.Strings("className").Should().Equal("6A1", "6A1");
        var sections = children[0].GetProperty("sections").Strings("page").ToList();
        sections.Should().Contain(p => p.EndsWith("/chuyen-can", StringComparison.Ordinal)).And.Contain("/hoc-ba/cua-toi");

        await (await parent.GetAsync($"/api/v1/portal/children/{neighbour.StudentId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await parent.GetAsync($"/api/v1/portal/children/{atPrimary.StudentId}")).StatusCode.Should().Be(HttpStatusCode.OK);
        var cookie = await app.SignedInAsync(new TestUser(Guid.Empty, atThcs.Phone, FamilyData.NewPassword));
        (await cookie.GetAsync($"/gia-dinh/{neighbour.StudentId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var home = await cookie.PageAsync($"/gia-dinh/{atPrimary.StudentId}");
        home.Should().Contain("Trần Thu Hà").And.Contain($"/gia-dinh/{atPrimary.StudentId}/thong-bao").And.NotContain("Trần Minh Khôi");
        var family = await cookie.PageAsync("/gia-dinh");
        family.Should().Contain("Trần Minh Khôi").And.Contain("Trần Thu Hà").And.NotContain(neighbour.StudentId.ToString());
    }

    [Theory, Engines]
    public async Task A_parent_lands_on_the_family_page_and_staff_on_the_home_page(Engine engine)
    {
        var app = await apps.Get(engine);
        var family = await app.Data.FamilyClassAsync();
        (await app.ActivateAsync(family.Phone, await family.CodeForAsync())).EnsureSuccessStatusCode();

        var parent = await app.SignedInAsync(new TestUser(Guid.Empty, family.Phone, FamilyData.NewPassword));
        var landing = await parent.GetAsync("/");

        landing.StatusCode.Should().Be(HttpStatusCode.Redirect);
        landing.Headers.Location!.ToString().Should().Be("/gia-dinh");
        var clerk = await app.SignedInAsync(await app.Data.UserAsync(TruongSo.Web.Modules.Access.Contracts.Roles.SchoolAdmin, family.School.School));
        (await clerk.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory, Engines]
    public async Task Someone_with_no_children_gets_an_empty_list_and_anonymous_gets_401(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolAsync();
        var teacher = await app.Data.ApiAsync(TruongSo.Web.Modules.Access.Contracts.Roles.Teacher, school);

        (await teacher.ChildrenAsync()).GetArrayLength().Should().Be(0);
        await (await app.Anonymous().GetAsync("/api/v1/portal/children")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}

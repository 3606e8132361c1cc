using System.Net;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Demo;

namespace TruongSo.Tests.Modules.ContactBook;

/// <summary>The demo's families: 0912345678 with two children in two schools, and parents of 6A1 awaiting activation.</summary>
public sealed class DemoPortalTests
{
    [Theory, Engines]
    public async Task The_demo_parent_has_two_children_in_two_schools_and_the_clerk_can_hand_over_codes(Engine engine)
    {
        await using var app = await TestApp.StartAsync(engine, new Dictionary<string, string> { ["Demo:Enabled"] = "true" });
        var parent = await app.ApiAs(new TestUser(Guid.Empty, DemoFamilies.DemoParentPhone, DemoOptions.DefaultPassword));

        var children = await parent.ChildrenAsync();

        children.GetArrayLength().Should().Be(2);
        children.Strings("schoolId").Distinct().Should().HaveCount(2);
        children.Strings("fullName").Should().Contain(DemoStudents.DemoStudentName);
        var clerk = await app.ApiAs(new TestUser(Guid.Empty, "vanthu", DemoOptions.DefaultPassword));
        var classes = await (await clerk.GetAsync("/api/v1/portal/children")).JsonAsync();
        classes.GetArrayLength().Should().Be(0, "staff have no children in the portal");
        var classId = await app.WithDbAsync(db => (
            from c in db.Set<SchoolClass>()
            join u in db.Set<OrgUnit>() on c.SchoolId equals u.Id
            join y in db.Set<SchoolYear>() on c.SchoolYearId equals y.Id
            where u.Code == DemoSeeder.SchoolCode && y.Status == SchoolYearStatus.Active && c.Name == DemoFamilyAccounts.PendingClass
            select c.Id).SingleAsync());
        var list = await (await clerk.GetAsync($"/api/v1/contactbook/family-accounts?classId={classId}")).JsonAsync();
        var pending = list.GetProperty("guardians").EnumerateArray().Where(g => g.GetProperty("state").GetString() == "Pending").ToList();
        pending.Should().HaveCount(DemoFamilyAccounts.PendingGuardians);
        var guardian = pending[0].GetProperty("guardianId").GetGuid();
        var phone = pending[0].GetProperty("phone").GetString()!;
        var slip = (await (await clerk.IssueCodesAsync(classId, guardian)).JsonAsync()).GetProperty("codes")[0];
        (await app.ActivateAsync(phone, slip.GetProperty("code").GetString()!)).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}

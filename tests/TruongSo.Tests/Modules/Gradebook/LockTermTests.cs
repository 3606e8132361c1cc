using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Gradebook;
using TruongSo.Web.Modules.Gradebook.Data;

namespace TruongSo.Tests.Modules.Gradebook;

/// <summary>Complete → lock → unlock on a reasoned request the principal approves → complete again → locked again.</summary>
public sealed class LockTermTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task Locking_is_refused_while_sheets_are_incomplete_unless_confirmed_and_then_nothing_changes(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.HomeroomClassAsync(students: 1);
        var principal = await app.ApiAs(c.Principal);
        var gvcn = await app.ApiAs(c.Gvcn);

        var refused = await (await principal.PostAsJsonAsync("/api/v1/gradebook/locks", new { schoolYearId = c.YearId, period = "hk1" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var locked = await principal.PostAsJsonAsync("/api/v1/gradebook/locks", new { schoolYearId = c.YearId, period = "hk1", confirm = true });
        var conduct = await gvcn.PutAsJsonAsync($"/api/v1/gradebook/classes/{c.ClassId}/results/conduct?period=hk1",
            new { entries = new[] { new { studentId = c.Students[0], conduct = "Tot" } } });
        var markGate = await Gate(app, c, c.Subjects["TOAN"], GradingPeriod.Hk1);
        var hk2Gate = await Gate(app, c, c.Subjects["TOAN"], GradingPeriod.Hk2);
        var states = await (await principal.GetAsync($"/api/v1/gradebook/locks?schoolYearId={c.YearId}")).JsonAsync();

        refused.GetProperty("items").EnumerateArray().Should().Contain(i => i.GetString() == "6A1 · Toán: chưa nhập");
        locked.StatusCode.Should().Be(HttpStatusCode.OK);
        (await conduct.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString().Should().Be(SheetGate.LockedMessage);
        markGate.Should().Be(SheetGate.LockedMessage, "a subject teacher's mark change is refused too");
        hk2Gate.Should().BeNull("only the locked term is closed");
        states[0].GetProperty("locked").GetBoolean().Should().BeTrue();
    }

    [Theory, Engines]
    public async Task An_approved_request_reopens_that_one_sheet_until_it_is_completed_again(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.HomeroomClassAsync(students: 1);
        var sibling = await app.Data.SiblingClassAsync(c, "6A2");
        var principal = await app.ApiAs(c.Principal);
        var gvcn = await app.ApiAs(c.Gvcn);
        var siblingGvcn = await app.ApiAs(sibling.Gvcn);
        await app.Data.CompleteSubjectSheetsAsync(c, GradingPeriod.Hk1);
        await app.Data.RecordAsync(c, c.Students[0], RecordedYear.Flat("8.0", "8.0", "8.0", "8.0", "8.0", "8.0", "8.0", "8.0"));
        await gvcn.ConductAsync(c.ClassId, "hk1", (c.Students[0], "Kha"));
        (await gvcn.PostAsync($"/api/v1/gradebook/classes/{c.ClassId}/results/close?period=hk1", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await principal.PostAsJsonAsync("/api/v1/gradebook/locks", new { schoolYearId = c.YearId, period = "hk1", confirm = true })).StatusCode.Should().Be(HttpStatusCode.OK);
        var change = new { entries = new[] { new { studentId = c.Students[0], conduct = "Tot" } } };
        var url = $"/api/v1/gradebook/classes/{c.ClassId}/results";

        var noReason = await gvcn.PostAsJsonAsync("/api/v1/gradebook/unlock-requests", new { classId = c.ClassId, period = "hk1", reason = " " });
        var request = await (await gvcn.PostAsJsonAsync("/api/v1/gradebook/unlock-requests", new { classId = c.ClassId, period = "hk1", reason = "Ghi nhầm rèn luyện của em An." }))
            .JsonAsync(HttpStatusCode.Created);
        var id = request.GetProperty("id").GetGuid();
        var byTeacher = await gvcn.PostAsJsonAsync($"/api/v1/gradebook/unlock-requests/{id}/decision", new { approve = true });
        var pending = await (await principal.GetAsync($"/api/v1/gradebook/unlock-requests?schoolYearId={c.YearId}")).JsonAsync();
        var approved = await principal.PostAsJsonAsync($"/api/v1/gradebook/unlock-requests/{id}/decision", new { approve = true, note = "Đồng ý." });

        await noReason.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await byTeacher.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        pending.EnumerateArray().Should().ContainSingle(r => r.GetProperty("status").GetString() == "Pending");
        approved.StatusCode.Should().Be(HttpStatusCode.OK);
        (await gvcn.PutAsJsonAsync($"{url}/conduct?period=hk1", change)).StatusCode.Should().Be(HttpStatusCode.OK, "the reopened sheet changes");
        await (await siblingGvcn.PutAsJsonAsync($"/api/v1/gradebook/classes/{sibling.ClassId}/results/conduct?period=hk1",
            new { entries = new[] { new { studentId = sibling.Students[0], conduct = "Tot" } } })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await Gate(app, c, c.Subjects["TOAN"], GradingPeriod.Hk1)).Should().NotBeNull("only the homeroom sheet was reopened");

        (await gvcn.PostAsync($"{url}/close?period=hk1", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await gvcn.PutAsJsonAsync($"{url}/conduct?period=hk1", change)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var view = await (await principal.GetAsync($"{url}?period=hk1")).JsonAsync();
        view.GetProperty("students")[0].GetProperty("conduct").GetString().Should().Be("Tot");
        var actions = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.AuditEntries.Where(a => a.SchoolId == c.School.Id && a.Action.StartsWith("gradebook.")).OrderBy(a => a.Id).Select(a => a.Action)));
        actions.Should().ContainInOrder("gradebook.close", "gradebook.lock", "gradebook.unlock-request", "gradebook.unlock-approve", "gradebook.homeroom.conduct", "gradebook.close");
    }

    [Theory, Engines]
    public async Task Only_the_principal_locks_and_exempts_and_other_schools_see_nothing(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.HomeroomClassAsync(students: 1);
        var gvcn = await app.ApiAs(c.Gvcn);
        var outsider = await app.ApiAs(await app.Data.UserAsync(Roles.Principal, await app.Data.SchoolAsync()));
        var principal = await app.ApiAs(c.Principal);
        var exemption = new { classId = c.ClassId, studentId = c.Students[0], subjectId = c.Subjects["GDTC"], period = "year", reason = "Giấy xác nhận của bệnh viện huyện." };

        await (await gvcn.PostAsJsonAsync("/api/v1/gradebook/locks", new { schoolYearId = c.YearId, period = "hk1", confirm = true })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await outsider.PostAsJsonAsync("/api/v1/gradebook/locks", new { schoolYearId = c.YearId, period = "hk1", confirm = true })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await gvcn.PostAsJsonAsync("/api/v1/gradebook/exemptions", exemption)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await principal.PostAsJsonAsync("/api/v1/gradebook/exemptions", exemption)).StatusCode.Should().Be(HttpStatusCode.Created);

        var row = (await (await gvcn.GetAsync($"/api/v1/gradebook/classes/{c.ClassId}/results?period=year")).JsonAsync()).GetProperty("students")[0];
        row.GetProperty("subjects").EnumerateArray().Single(s => s.GetProperty("code").GetString() == "GDTC").GetProperty("exempt").GetBoolean().Should().BeTrue();
        row.GetProperty("incomplete").EnumerateArray().Should().NotContain(i => i.GetString()!.StartsWith("Giáo dục thể chất"), "an exempt subject is left out");
    }

    private static Task<string?> Gate(TestApp app, HomeroomClass c, Guid subjectId, GradingPeriod period) =>
        app.WithServicesAsync(sp => sp.GetRequiredService<SheetGate>().LockedReasonAsync(c.YearId, c.ClassId, subjectId, period));
}

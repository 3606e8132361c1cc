using System.Net;
using System.Net.Http.Json;
using TruongSo.Web.Modules.Access.Contracts;
using static TruongSo.Tests.Infrastructure.GradebookData;

namespace TruongSo.Tests.Modules.Gradebook;

/// <summary>The settings and the lock as the teachers' score grid meets them: the same marks, two provinces, two year averages (Ex 6).</summary>
public sealed class SettingsThroughTheGridTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task Ex6_the_same_marks_give_6_5_or_6_4_by_the_provinces_choice_and_a_locked_term_refuses_them(Engine engine)
    {
        var app = await apps.Get(engine);
        var recorded = await YearAverageAsync(app, null);
        var unrounded = await YearAverageAsync(app, "UnroundedSemesterAverages");

        recorded.Should().Be("6.5", "(6.0 + 2 × 6.7) / 3 = 6.4667 from the recorded averages");
        unrounded.Should().Be("6.4", "(6.0111 + 2 × 6.6667) / 3 = 6.4481 from the unrounded ones");
    }

    [Theory, Engines]
    public async Task After_the_lock_a_mark_change_is_refused_until_the_principal_approves_a_request_for_that_sheet(Engine engine)
    {
        var app = await apps.Get(engine);
        var cls = await app.Data.GradebookClassAsync(students: 1);
        var teacher = await app.ApiAs(await app.Data.TeacherOfAsync(cls, "TOAN", 1));
        var other = await app.ApiAs(await app.Data.TeacherOfAsync(cls, "NGUVAN", 1, "Trần Văn Văn"));
        var principal = await app.ApiAs(await app.Data.UserAsync(Roles.Principal, cls.School));
        var an = cls.Students[0];
        (await principal.PostAsJsonAsync("/api/v1/gradebook/locks", new { schoolYearId = cls.YearId, period = "hk1", confirm = true })).EnsureSuccessStatusCode();

        (await (await teacher.SaveMarksAsync(cls, "TOAN", 1, [Cell(an, "Tx1", 8)])).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("detail").GetString().Should().Be(TruongSo.Web.Modules.Gradebook.SheetGate.LockedMessage);
        var request = await (await teacher.PostAsJsonAsync("/api/v1/gradebook/unlock-requests",
            new { classId = cls.Id, subjectId = cls.Subject("TOAN"), period = "hk1", reason = "Bổ sung điểm kiểm tra bù." })).JsonAsync(HttpStatusCode.Created);
        await (await other.PostAsJsonAsync($"/api/v1/gradebook/unlock-requests/{request.GetProperty("id").GetGuid()}/decision", new { approve = true }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await principal.PostAsJsonAsync($"/api/v1/gradebook/unlock-requests/{request.GetProperty("id").GetGuid()}/decision", new { approve = true })).EnsureSuccessStatusCode();

        const string why = "Điểm kiểm tra bù";
        (await teacher.SaveMarksAsync(cls, "TOAN", 1, [Cell(an, "Tx1", 8)], why)).StatusCode.Should().Be(HttpStatusCode.OK, "that one sheet is reopened");
        await (await other.SaveMarksAsync(cls, "NGUVAN", 1, [Cell(an, "Tx1", 8)], why)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await teacher.SaveMarksAsync(cls, "TOAN", 1, [Cell(an, "Tx2", 8), Cell(an, "Tx3", 8), Cell(an, "Tx4", 8), Cell(an, "Gk", 8), Cell(an, "Ck", 8)], why)).EnsureSuccessStatusCode();
        (await teacher.PostAsync($"/api/v1/gradebook/classes/{cls.Id}/subjects/{cls.Subject("TOAN")}/terms/1/complete", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await (await teacher.SaveMarksAsync(cls, "TOAN", 1, [Cell(an, "Tx1", 9, version: 1)], why)).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("detail").GetString().Should().Be(TruongSo.Web.Modules.Gradebook.SheetGate.LockedMessage, "completed again, the sheet is locked again");
    }

    /// <summary>Ex 6's marks saved through the grid in a school of a province with that choice; the year's Toán in the homeroom view.</summary>
    private static async Task<string?> YearAverageAsync(TestApp app, string? yearAverageFrom)
    {
        var province = await app.Data.ProvinceAsync();
        if (yearAverageFrom is not null)
        {
            var so = await app.ApiAs(await app.Data.UserAsync(Roles.ProvinceOfficer, province));
            (await so.PutAsJsonAsync($"/api/v1/gradebook/settings/{province.Id}", new { yearAverageFrom })).EnsureSuccessStatusCode();
        }
        var cls = await app.Data.GradebookClassAsync(students: 1, province: province);
        var hk1 = await app.ApiAs(await app.Data.TeacherOfAsync(cls, "TOAN", 1));
        var hk2 = await app.ApiAs(await app.Data.TeacherOfAsync(cls, "TOAN", 2, "Phạm Thị Hai"));
        var an = cls.Students[0];
        (await hk1.SaveMarksAsync(cls, "TOAN", 1, [Cell(an, "Tx1", 6), Cell(an, "Tx2", 6), Cell(an, "Tx3", 6), Cell(an, "Tx4", 6.1), Cell(an, "Gk", 6), Cell(an, "Ck", 6)])).EnsureSuccessStatusCode();
        (await hk2.SaveMarksAsync(cls, "TOAN", 2, [Cell(an, "Tx1", 6), Cell(an, "Tx2", 6), Cell(an, "Tx3", 6), Cell(an, "Tx4", 6), Cell(an, "Gk", 6), Cell(an, "Ck", 8)])).EnsureSuccessStatusCode();
        var principal = await app.ApiAs(await app.Data.UserAsync(Roles.Principal, cls.School));
        var view = await (await principal.GetAsync($"/api/v1/gradebook/classes/{cls.Id}/results?period=year")).JsonAsync();
        return view.GetProperty("students")[0].GetProperty("subjects").EnumerateArray().Single(s => s.GetProperty("code").GetString() == "TOAN").GetProperty("value").GetString();
    }
}

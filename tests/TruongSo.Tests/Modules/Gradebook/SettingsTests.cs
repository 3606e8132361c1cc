using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;

namespace TruongSo.Tests.Modules.Gradebook;

/// <summary>Each open point of grading-rules.md §6 is the Sở's choice, and the province's schools compute with it.</summary>
public sealed class SettingsTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    // Ex 21: Toán 4.2 and Anh 3.0, the other six scored subjects between 5.0 and 6.0; conduct Khá then Chưa đạt.
    private static readonly RecordedYear Ex21 = RecordedYear.Flat("4.2", "5.5", "3.0", "5.0", "5.8", "6.0", "5.2", "5.6");

    [Theory, Engines]
    public async Task Ex21_conduct_and_learning_both_Chua_dat_follow_the_provinces_choice(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.HomeroomClassAsync(students: 1);
        await app.Data.RecordAsync(c, c.Students[0], Ex21);
        var gvcn = await app.ApiAs(c.Gvcn);
        await gvcn.ConductAsync(c.ClassId, "hk1", (c.Students[0], "Kha"));
        await gvcn.ConductAsync(c.ClassId, "hk2", (c.Students[0], "ChuaDat"));
        var so = await app.ApiAs(await app.Data.UserAsync(Roles.ProvinceOfficer, c.Province));
        var url = $"/api/v1/gradebook/classes/{c.ClassId}/results?period=year";

        var byDefault = (await (await gvcn.GetAsync(url)).JsonAsync()).GetProperty("students")[0];
        var changed = await so.PutAsJsonAsync($"/api/v1/gradebook/settings/{c.Province.Id}", new { whenConductAndLearningChuaDat = "RepeatYear" });
        var literal = (await (await gvcn.GetAsync(url)).JsonAsync()).GetProperty("students")[0];

        byDefault.GetProperty("learning").GetString().Should().Be("ChuaDat");
        byDefault.GetProperty("yearEndOutcome").GetString().Should().Be("ChoHe", "by default the student trains and is re-tested in the same summer");
        byDefault.GetProperty("summerConductTraining").GetBoolean().Should().BeTrue();
        byDefault.GetProperty("retestSubjects").EnumerateArray().Select(s => s.GetString()).Should().BeEquivalentTo(["TOAN", "NGOAINGU1"]);
        changed.StatusCode.Should().Be(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        literal.GetProperty("yearEndOutcome").GetString().Should().Be("OLaiLop", "read literally, Điều 14 needs conduct ≥ Đạt");
    }

    [Theory, Engines]
    public async Task Ex15_a_comment_subject_triggers_the_adjustment_only_if_the_province_says_so(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.HomeroomClassAsync(students: 1);
        await app.Data.RecordAsync(c, c.Students[0], RecordedYear.Flat("9.0", "8.5", "8.2", "8.0", "8.0", "8.1", "8.4", "7.0").With("AMNHAC", "D", "CD", "CD"));
        var so = await app.ApiAs(await app.Data.UserAsync(Roles.ProvinceOfficer, c.Province));
        var gvcn = await app.ApiAs(c.Gvcn);
        var url = $"/api/v1/gradebook/classes/{c.ClassId}/results?period=year";

        var textual = (await (await gvcn.GetAsync(url)).JsonAsync()).GetProperty("students")[0].GetProperty("learning").GetString();
        (await so.PutAsJsonAsync($"/api/v1/gradebook/settings/{c.Province.Id}", new { commentSubjectCanTriggerAdjustment = false })).StatusCode.Should().Be(HttpStatusCode.OK);
        var scoredOnly = (await (await gvcn.GetAsync(url)).JsonAsync()).GetProperty("students")[0].GetProperty("learning").GetString();

        textual.Should().Be("Kha");
        scoredOnly.Should().Be("Dat");
    }

    [Theory, Engines]
    public async Task The_So_officer_changes_the_settings_others_may_not_and_each_change_is_audited(Engine engine)
    {
        var app = await apps.Get(engine);
        var province = await app.Data.ProvinceAsync();
        var school = await app.Data.SchoolAsync(province);
        var so = await app.ApiAs(await app.Data.UserAsync(Roles.ProvinceOfficer, province));
        var otherSo = await app.ApiAs(await app.Data.UserAsync(Roles.ProvinceOfficer, await app.Data.ProvinceAsync()));
        var principal = await app.ApiAs(await app.Data.UserAsync(Roles.Principal, school));
        var bo = await app.ApiAs(await app.Data.UserAsync(Roles.MinistryOfficer, await app.Data.MinistryAsync()));
        var url = $"/api/v1/gradebook/settings/{province.Id}";

        var defaults = await (await so.GetAsync(url)).JsonAsync();
        var bad = await so.PutAsJsonAsync(url, new { yearAverageFrom = "Guess", maxAbsences = 500 });
        await (await otherSo.PutAsJsonAsync(url, new { awardTitles = false })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await principal.PutAsJsonAsync(url, new { awardTitles = false })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await bo.PutAsJsonAsync(url, new { awardTitles = false })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var changed = await (await so.PutAsJsonAsync(url, new { yearAverageFrom = "UnroundedSemesterAverages", awardTitles = false, maxAbsences = 44 })).JsonAsync();

        defaults.GetProperty("isDefault").GetBoolean().Should().BeTrue();
        defaults.GetProperty("settings").GetProperty("yearAverageFrom").GetString().Should().Be("RecordedSemesterAverages");
        var errors = (await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.TryGetProperty("yearAverageFrom", out _).Should().BeTrue();
        errors.TryGetProperty("maxAbsences", out _).Should().BeTrue();
        changed.GetProperty("isDefault").GetBoolean().Should().BeFalse();
        changed.GetProperty("settings").GetProperty("maxAbsences").GetInt32().Should().Be(44);
        changed.GetProperty("settings").GetProperty("awardTitles").GetBoolean().Should().BeFalse();
        (await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "gradebook.settings" && a.EntityId == province.Id.ToString()))).Should().Be(1);
    }
}

using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Gradebook.Data;
using static TruongSo.Tests.Infrastructure.GradebookData;

namespace TruongSo.Tests.Modules.Gradebook;

/// <summary>`gradebook recompute`: after the Sở changes a setting, stored results follow it only when recomputed (Ex 6).</summary>
public sealed class RecomputeTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task A_recompute_applies_the_provinces_new_year_average_choice_to_stored_results(Engine engine)
    {
        var app = await apps.Get(engine);
        var province = await app.Data.ProvinceAsync();
        var cls = await app.Data.GradebookClassAsync(students: 1, province: province);
        var an = cls.Students[0];
        var hk1 = await app.ApiAs(await app.Data.TeacherOfAsync(cls, "TOAN", 1));
        var hk2 = await app.ApiAs(await app.Data.TeacherOfAsync(cls, "TOAN", 2, "Phạm Thị Hai"));
        (await hk1.SaveMarksAsync(cls, "TOAN", 1, [Cell(an, "Tx1", 6), Cell(an, "Tx2", 6), Cell(an, "Tx3", 6), Cell(an, "Tx4", 6.1), Cell(an, "Gk", 6), Cell(an, "Ck", 6)])).EnsureSuccessStatusCode();
        (await hk2.SaveMarksAsync(cls, "TOAN", 2, [Cell(an, "Tx1", 6), Cell(an, "Tx2", 6), Cell(an, "Tx3", 6), Cell(an, "Tx4", 6), Cell(an, "Gk", 6), Cell(an, "Ck", 8)])).EnsureSuccessStatusCode();
        var principal = await app.ApiAs(await app.Data.UserAsync(Roles.Principal, cls.School));
        async Task<string?> YearToan() =>
            (await (await principal.GetAsync($"/api/v1/gradebook/classes/{cls.Id}/results?period=year")).JsonAsync())
                .GetProperty("students")[0].GetProperty("subjects").EnumerateArray()
                .Single(s => s.GetProperty("code").GetString() == "TOAN").GetProperty("value").GetString();
        (await YearToan()).Should().Be("6.5", "the default takes the recorded semester averages");

        var so = await app.ApiAs(await app.Data.UserAsync(Roles.ProvinceOfficer, province));
        (await so.PutAsJsonAsync($"/api/v1/gradebook/settings/{province.Id}", new { yearAverageFrom = "UnroundedSemesterAverages" })).EnsureSuccessStatusCode();
        (await YearToan()).Should().Be("6.5", "stored results change only when recomputed");

        (await app.CliAsync("gradebook", "recompute", "--school", cls.School.Code)).Should().Be(0);
        (await YearToan()).Should().Be("6.4", "(6.0111 + 2 × 6.6667) / 3 = 6.4481 from the unrounded averages");
        (await app.CliAsync("gradebook", "recompute", "--school", "KHONGCO")).Should().Be(1);
    }

    [Theory, Engines]
    public async Task A_recompute_matches_each_result_to_its_students_subjects_and_periods_row_and_rewrites_none_the_second_time(Engine engine)
    {
        var app = await apps.Get(engine);
        var cls = await app.Data.GradebookClassAsync(students: 2);
        var (an, binh) = (cls.Students[0], cls.Students[1]);
        var hk1 = await app.ApiAs(await app.Data.TeacherOfAsync(cls, "TOAN", 1));
        var hk2 = await app.ApiAs(await app.Data.TeacherOfAsync(cls, "TOAN", 2, "Phạm Thị Hai"));
        static object[] All(Guid student, double score) => [.. new[] { "Tx1", "Tx2", "Tx3", "Tx4", "Gk", "Ck" }.Select(c => Cell(student, c, score))];
        (await hk1.SaveMarksAsync(cls, "TOAN", 1, [.. All(an, 8), .. All(binh, 6)])).EnsureSuccessStatusCode();
        (await hk2.SaveMarksAsync(cls, "TOAN", 2, [.. All(an, 9), .. All(binh, 7)])).EnsureSuccessStatusCode();
        await app.Data.ExemptAsync(cls, binh, "TOAN", 2); // recorded after the marks: only a recompute brings the results in line

        (await app.CliAsync("gradebook", "recompute", "--school", cls.School.Code)).Should().Be(0);
        var rows = await ToanRowsAsync(app, cls);
        rows.Should().HaveCount(6, "one row per student and period, none added twice");
        rows.Select(r => (r.StudentId == an, r.Period, r.Complete, r.AverageTenths, r.Exempt)).Should().BeEquivalentTo(
        [
            (true, GradingPeriod.Hk1, true, (int?)80, false), (true, GradingPeriod.Hk2, true, (int?)90, false), (true, GradingPeriod.Year, true, (int?)87, false),
            (false, GradingPeriod.Hk1, true, (int?)60, false), (false, GradingPeriod.Hk2, true, (int?)null, true),
            (false, GradingPeriod.Year, true, (int?)60, false), // TT22 Điều 10: exempt in HK II, the year is HK I's
        ]);

        (await app.CliAsync("gradebook", "recompute", "--school", cls.School.Code)).Should().Be(0);
        (await ToanRowsAsync(app, cls)).Select(r => (r.Id, r.ComputedAt)).Should().BeEquivalentTo(rows.Select(r => (r.Id, r.ComputedAt)),
            "nothing changed, so nothing is written");
    }

    private static Task<List<SubjectResult>> ToanRowsAsync(TestApp app, GradebookClass cls) =>
        app.WithDbAsync(db => db.Set<SubjectResult>().AsNoTracking().Where(r => r.SchoolYearId == cls.YearId && r.SubjectId == cls.Subject("TOAN")).ToListAsync());
}

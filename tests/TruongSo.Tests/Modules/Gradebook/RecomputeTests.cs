using System.Net.Http.Json;
using TruongSo.Web.Modules.Access.Contracts;
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
}

using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TruongSo.Rules.Grading;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Organization.Data;

namespace TruongSo.Tests.Modules.Gradebook;

/// <summary>Primary classes are evaluated by TT27: the end-of-year levels and tests, and the qualities the GVCN rates (Ex P1, P2).</summary>
public sealed class HomeroomPrimaryTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task ExP1_is_Hoan_thanh_xuat_sac_and_ExP2_with_Toan_8_is_Hoan_thanh_tot(Engine engine)
    {
        var app = await apps.Get(engine);
        var cls = await app.Data.GradebookClassAsync("4A1", students: 2);
        var gvcn = await app.Data.UserAsync(Roles.Teacher, cls.School);
        await app.Data.AssignAsync(cls.School, cls.YearId, cls.Id, gvcn, subjectId: null);
        await RecordAsync(app, cls, cls.Students[0], toanTest: 9);
        await RecordAsync(app, cls, cls.Students[1], toanTest: 8);
        var api = await app.ApiAs(gvcn);
        var allTot = new
        {
            entries = cls.Students.Select(s => new
            {
                studentId = s,
                qualities = Tt27Engine.Qualities.ToDictionary(q => q.Key, _ => "Tot"),
                competences = Tt27Engine.Competences.ToDictionary(q => q.Key, _ => "Tot"),
            }),
        };

        var saved = await api.PutAsJsonAsync($"/api/v1/gradebook/classes/{cls.Id}/results/qualities", allTot);
        var conduct = await api.PutAsJsonAsync($"/api/v1/gradebook/classes/{cls.Id}/results/conduct?period=hk1", new { entries = new[] { new { studentId = cls.Students[0], conduct = "Tot" } } });
        var view = await (await api.GetAsync($"/api/v1/gradebook/classes/{cls.Id}/results?period=year")).JsonAsync();

        saved.StatusCode.Should().Be(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        await conduct.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        view.GetProperty("ruleSet").GetString().Should().Be("TT27");
        var rows = view.GetProperty("students").EnumerateArray().ToDictionary(r => r.GetProperty("studentId").GetGuid());
        rows[cls.Students[0]].GetProperty("learning").GetString().Should().Be("HoanThanhXuatSac");
        rows[cls.Students[0]].GetProperty("honour").GetString().Should().Be("XuatSac");
        rows[cls.Students[1]].GetProperty("learning").GetString().Should().Be("HoanThanhTot");
        rows[cls.Students[1]].GetProperty("finalOutcome").GetString().Should().Be("LenLop");
    }

    /// <summary>Every subject of grade 4 Hoàn thành tốt; the tested ones 10, Toán as given (test scores are whole numbers, stored in tenths).</summary>
    private static Task<int> RecordAsync(TestApp app, GradebookClass cls, Guid student, int toanTest) => app.WithDbAsync(async db =>
    {
        var subjects = await db.Set<Subject>().Where(s => s.SchoolId == cls.School.Id && s.Grades.Any(g => g.Grade == 4)).ToListAsync();
        foreach (var s in subjects)
        {
            int? test = s.Code == "TOAN" ? toanTest * 10 : Tt27Engine.TestedSubjects.Contains(s.Code) ? 100 : null;
            db.Add(new SubjectResult
            {
                SchoolId = cls.School.Id, SchoolYearId = cls.YearId, ClassId = cls.Id, SubjectId = s.Id, StudentId = student,
                Period = GradingPeriod.Year, Complete = true, Level = "T", AverageTenths = test, ComputedAt = DateTime.UtcNow,
            });
        }
        return await db.SaveChangesAsync();
    });
}

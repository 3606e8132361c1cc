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

    [Theory, Engines]
    public async Task The_GVCN_rates_qualities_and_competences_on_the_year_page_and_the_results_follow(Engine engine)
    {
        var app = await apps.Get(engine);
        var cls = await app.Data.GradebookClassAsync("4A2", students: 2);
        var gvcn = await app.Data.UserAsync(Roles.Teacher, cls.School);
        await app.Data.AssignAsync(cls.School, cls.YearId, cls.Id, gvcn, subjectId: null);
        foreach (var s in cls.Students)
        {
            await RecordAsync(app, cls, s, toanTest: 9);
        }
        var page = await app.SignedInAsync(gvcn);
        var url = $"/chu-nhiem/{cls.Id}?ky=year";
        var traits = Tt27Engine.Qualities.Concat(Tt27Engine.Competences).Select(t => t.Key).ToList();
        // The first pupil is Tốt everywhere; the second needs effort in honesty: Chưa hoàn thành (TT27 Điều 9 asks Đạt or better).
        var fields = cls.Students.SelectMany(s => traits.Select(t => (Key: $"Input.Rating[{s}|{t}]",
            Value: s == cls.Students[1] && t == "trungThuc" ? "CanCoGang" : "Tot"))).ToDictionary(f => f.Key, f => f.Value);

        (await page.PageAsync(url)).Should().Contain("Phẩm chất và năng lực").And.Contain("Yêu nước");
        var posted = await page.PostFormAsync(url, "homeroom-qualities", fields);
        var view = await (await (await app.ApiAs(gvcn)).GetAsync($"/api/v1/gradebook/classes/{cls.Id}/results?period=year")).JsonAsync();
        var after = await page.PageAsync(url);

        posted.StatusCode.Should().Be(HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync());
        var rows = view.GetProperty("students").EnumerateArray().ToDictionary(r => r.GetProperty("studentId").GetGuid());
        rows[cls.Students[0]].GetProperty("learning").GetString().Should().Be("HoanThanhXuatSac");
        rows[cls.Students[1]].GetProperty("learning").GetString().Should().Be("ChuaHoanThanh");
        after.Should().MatchRegex($"name=\"Input.Rating\\[{cls.Students[1]}\\|trungThuc\\]\"[^>]*>(?:(?!</select>).)*<option value=\"CanCoGang\" selected", "the page shows the rating it saved");
    }

    [Theory, Engines]
    public async Task A_subject_teacher_cannot_rate_qualities_and_nothing_is_saved(Engine engine)
    {
        var app = await apps.Get(engine);
        var cls = await app.Data.GradebookClassAsync("4A3", students: 1);
        var teacher = await app.Data.UserAsync(Roles.Teacher, cls.School);
        var toan = await app.WithDbAsync(db => db.Set<Subject>().Where(s => s.SchoolId == cls.School.Id && s.Code == "TOAN").Select(s => s.Id).SingleAsync());
        await app.Data.AssignAsync(cls.School, cls.YearId, cls.Id, teacher, subjectId: toan);
        var api = await app.ApiAs(teacher);
        var body = new { entries = new[] { new { studentId = cls.Students[0], qualities = new Dictionary<string, string> { ["yeuNuoc"] = "Tot" } } } };

        var response = await api.PutAsJsonAsync($"/api/v1/gradebook/classes/{cls.Id}/results/qualities", body);

        response.StatusCode.Should().BeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
        (await app.WithDbAsync(db => db.Set<StudentResult>().CountAsync(r => r.StudentId == cls.Students[0]))).Should().Be(0);
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

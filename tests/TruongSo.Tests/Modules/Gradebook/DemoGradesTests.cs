using System.Net;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Demo;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Modules.Records.Archive.Data;

namespace TruongSo.Tests.Modules.Gradebook;

/// <summary>The demo's sổ điểm: last year complete with a realistic spread and some summer cases, this year half-filled; idempotent.</summary>
public sealed class DemoGradesTests
{
    [Theory, Engines]
    public async Task The_demo_has_last_years_results_complete_with_summer_cases_and_this_year_half_filled(Engine engine)
    {
        await using var app = await TestApp.StartAsync(engine);
        (await app.CliAsync("seed-demo")).Should().Be(0);
        var marks = (await app.StoredMarksAsync(_ => true)).Count;
        var transcripts = await app.WithDbAsync(db => db.Set<ArchivedDocument>().Include(d => d.Signatures).AsNoTracking().ToListAsync());
        (await app.CliAsync("seed-demo")).Should().Be(0);

        transcripts.Should().HaveCountGreaterThan(20, "last year's 7A1 of the THCS is signed end to end")
            .And.OnlyContain(d => d.Status == DocumentStatus.Issued && d.Signatures.Count == 3 && d.SchoolCode == DemoSeeder.SchoolCode);
        (await app.WithDbAsync(db => db.Set<ArchivedDocument>().CountAsync())).Should().Be(transcripts.Count, "a second seed signs nothing twice");

        (await app.StoredMarksAsync(_ => true)).Count.Should().Be(marks, "a second seed adds nothing");
        var (closed, active) = await app.WithDbAsync(async db => (
            await db.Set<SchoolYear>().Where(y => y.Status == SchoolYearStatus.Closed).Select(y => y.Id).ToListAsync(),
            await db.Set<SchoolYear>().Where(y => y.Status == SchoolYearStatus.Active).Select(y => y.Id).ToListAsync()));
        var year = await app.WithDbAsync(db => db.Set<StudentResult>().Where(r => closed.Contains(r.SchoolYearId) && r.Period == GradingPeriod.Year).ToListAsync());
        var tt22 = year.Where(r => r.RuleSet == "TT22").ToList();
        tt22.Should().HaveCountGreaterThan(400).And.OnlyContain(r => r.Learning != null && r.Conduct != null && r.FinalOutcome != null, "every result of the finished year");
        tt22.Select(r => r.Learning).Distinct().Should().Contain(["Tot", "Kha", "Dat"], "a realistic spread");
        tt22.Count(r => r.Honour != null).Should().BeInRange(1, tt22.Count / 2, "some titles, not most");
        var summer = tt22.Where(r => r.YearEndOutcome == "ChoHe").ToList();
        summer.Should().HaveCountGreaterThanOrEqualTo(4, "a few students go to summer re-tests or training in each secondary school");
        summer.Should().Contain(r => r.RetestSubjects != null).And.Contain(r => r.SummerConductTraining);
        summer.Should().OnlyContain(r => r.FinalOutcome == "LenLop", "they passed in the summer, as their promotion says");
        year.Where(r => r.RuleSet == "TT27").Should().NotBeEmpty().And.OnlyContain(r => r.Learning != null, "primary has its TT27 year results");
        var repeaters = await app.WithDbAsync(db => db.Set<YearEndDecision>().Where(d => d.Outcome == YearEndOutcome.Repeat).Select(d => d.StudentId).ToListAsync());
        tt22.Where(r => r.FinalOutcome == "OLaiLop").Select(r => r.StudentId).Should()
            .BeEquivalentTo(repeaters.Intersect(tt22.Select(r => r.StudentId)), "the one who repeats missed more than 45 sessions (TT22 Điều 12)");
        year.Where(r => r.RuleSet == "TT27" && repeaters.Contains(r.StudentId)).Should().ContainSingle().Which.Learning.Should().Be("ChuaHoanThanh");
        (await app.WithDbAsync(db => db.Set<TermLock>().CountAsync(l => closed.Contains(l.SchoolYearId)))).Should().Be(3 * closed.Count);

        var hk1 = await app.WithDbAsync(db =>
            db.Set<StudentResult>().CountAsync(r => active.Contains(r.SchoolYearId) && r.Period == GradingPeriod.Hk1 && r.RuleSet == "TT22" && r.Learning != null));
        var hk2 = await app.StoredMarksAsync(r => active.Contains(r.SchoolYearId) && r.Term == 2);
        var (hk2Exams, hk2Regular) = (hk2.Count(m => m.Column == MarkColumn.Ck), hk2.Count(m => m.Column == MarkColumn.Tx1));
        hk1.Should().BeGreaterThan(400, "this year's HK I is closed");
        (hk2Exams, hk2Regular > 1000).Should().Be((0, true), "HK II has its first ĐĐGtx, no exams yet");
        (await app.CliAsync("audit", "verify")).Should().Be(0);
    }

    [Theory, Engines]
    public async Task The_demo_parent_sees_a_good_record_for_their_THCS_child(Engine engine)
    {
        await using var app = await TestApp.StartAsync(engine, new Dictionary<string, string> { ["Demo:Enabled"] = "true" });
        var parent = await app.ApiAs(new TestUser(Guid.Empty, DemoFamilies.DemoParentPhone, DemoOptions.DefaultPassword));
        var children = await (await parent.GetAsync("/api/v1/gradebook/my-children")).JsonAsync();
        var khoi = children.EnumerateArray().Single(c => c.GetProperty("fullName").GetString() == DemoStudents.DemoStudentName).GetProperty("studentId").GetGuid();
        var lastYear = await app.WithDbAsync(db => db.Set<StudentResult>().Where(r => r.StudentId == khoi && r.Period == GradingPeriod.Year).SingleAsync());

        var now = await (await parent.GetAsync($"/api/v1/gradebook/students/{khoi}/results")).JsonAsync();
        var before = await parent.GetAsync($"/api/v1/gradebook/students/{khoi}/results?schoolYearId={lastYear.SchoolYearId}");

        children.GetArrayLength().Should().Be(2);
        lastYear.Learning.Should().BeOneOf("Tot", "Kha");
        lastYear.FinalOutcome.Should().Be("LenLop");
        now.GetProperty("className").GetString().Should().Be("7A1");
        now.GetProperty("periods").EnumerateArray().Should().Contain(p => p.GetProperty("period").GetString() == "hk1");
        (await before.JsonAsync()).GetProperty("className").GetString().Should().Be("6A1");
        (await parent.GetAsync($"/api/v1/gradebook/students/{Guid.NewGuid()}/results")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}

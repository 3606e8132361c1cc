using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Tests.Modules.Organization;

/// <summary>What other modules read through ISchoolStructure, and the year-end roll-over's first half.</summary>
public sealed class SchoolStructureTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    private static Task<T> WithStructureAsync<T>(TestApp app, Func<ISchoolStructure, AppDbContext, Task<T>> work) =>
        app.WithServicesAsync(sp => work(sp.GetRequiredService<ISchoolStructure>(), sp.GetRequiredService<AppDbContext>()));

    [Theory, Engines]
    public async Task Preparing_the_next_year_moves_each_class_a_grade_up_once(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.NewSchoolAsync();
        var year = await app.Data.SchoolYearAsync(school.Id, 2025, active: true);
        var c6 = await app.Data.ClassAsync(year, 6, "6A1", "P.101");
        var c7 = await app.Data.ClassAsync(year, 7, "7A10");
        var chosen = await app.Data.ClassAsync(year, 8, "Lớp chọn Toán");
        var top = await app.Data.ClassAsync(year, 9, "9A1");

        var first = await WithStructureAsync(app, async (s, db) =>
        {
            var map = await s.PrepareNextYearAsync(year.Id);
            var repeat = await s.PrepareNextYearAsync(year.Id); // before saving: still finds what the first call added
            repeat.Should().Equal(map);
            await db.SaveChangesAsync();
            return map;
        });
        var second = await WithStructureAsync(app, async (s, db) =>
        {
            var map = await s.PrepareNextYearAsync(year.Id);
            await db.SaveChangesAsync();
            return map;
        });

        var next = await app.WithDbAsync(db => db.Set<SchoolYear>().SingleAsync(y => y.SchoolId == school.Id && y.StartYear == 2026));
        var classes = await app.WithDbAsync(db => db.Set<SchoolClass>().Where(c => c.SchoolYearId == next.Id).ToListAsync());
        (next.Name, next.Status, next.Term1Start, next.Term2End).Should().Be(("2026-2027", SchoolYearStatus.Planning, new DateOnly(2026, 9, 5), new DateOnly(2027, 5, 31)));
        classes.Select(c => (c.Grade, c.Name, c.Room)).Should().BeEquivalentTo([(7, "7A1", "P.101"), (8, "8A10", (string?)null), (9, "Lớp chọn Toán", null)]);
        first.Keys.Should().BeEquivalentTo([c6.Id, c7.Id, chosen.Id], "the top grade's 9A1 leaves the school");
        first[c6.Id].Should().Be(classes.Single(c => c.Name == "7A1").Id);
        first[chosen.Id].Should().Be(classes.Single(c => c.Name == "Lớp chọn Toán").Id);
        second.Should().Equal(first);
        first.Should().NotContainKey(top.Id);
        (await SchoolTests.AuditCountAsync(app, school.Id, "school-year.prepare-next")).Should().Be(1);
    }

    [Theory, Engines]
    public async Task Other_modules_read_the_current_year_classes_and_taught_subjects(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.NewSchoolAsync();
        await app.Data.SchoolYearAsync(school.Id, 2024);
        var active = await app.Data.SchoolYearAsync(school.Id, 2025, active: true);
        await app.Data.SchoolYearAsync(school.Id, 2026);
        foreach (var name in new[] { "6A10", "6A2", "6A1" })
        {
            await app.Data.ClassAsync(active, 6, name);
        }
        await app.WithDbAsync(db => db.Set<Subject>().Where(s => s.SchoolId == school.Id && s.Code == "GDDP").ExecuteUpdateAsync(u => u.SetProperty(s => s.IsActive, false)));

        var (info, current, classes, subjects) = await WithStructureAsync(app, async (s, _) =>
            (await s.SchoolAsync(school.Id), await s.CurrentYearAsync(school.Id), await s.ClassesAsync(active.Id), await s.SubjectsAsync(school.Id)));

        info!.Should().BeEquivalentTo(new SchoolInfo(school.Id, school.Code, school.Name, school.ProvinceId, SchoolLevel.LowerSecondary, 6, 9));
        current!.Id.Should().Be(active.Id, "the active year, not the newest");
        classes.Select(c => c.Name).Should().Equal("6A1", "6A2", "6A10");
        subjects.Select(s => s.Code).Should().Contain("TOAN").And.NotContain("GDDP");
        subjects.Single(s => s.Code == "CONGNGHE").PeriodsByGrade.Should().Equal(new Dictionary<int, int> { [6] = 35, [7] = 35, [8] = 52, [9] = 52 });
    }

    [Theory, Engines]
    public async Task Without_an_active_year_the_newest_is_current(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.NewSchoolAsync();
        await app.Data.SchoolYearAsync(school.Id, 2024);
        var newest = await app.Data.SchoolYearAsync(school.Id, 2025);

        var current = await WithStructureAsync(app, (s, _) => s.CurrentYearAsync(school.Id));

        current!.Id.Should().Be(newest.Id);
    }

    [Theory, Engines]
    public async Task A_school_unit_made_without_particulars_still_has_them(Engine engine)
    {
        var app = await apps.Get(engine);
        var bare = await app.Data.SchoolAsync(name: "Trường Tiểu học Thử Nghiệm");

        var info = await WithStructureAsync(app, (s, _) => s.SchoolAsync(bare.Id));
        var subjects = await WithStructureAsync(app, (s, _) => s.SubjectsAsync(bare.Id));

        (info!.Level, info.LowestGrade, info.HighestGrade).Should().Be((SchoolLevel.Primary, 1, 5));
        subjects.Select(s => s.Code).Should().Contain("TIENGVIET").And.NotContain("NGUVAN");
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Gradebook.EnterMarks;
using TruongSo.Web.Modules.Teaching.Data;
using static TruongSo.Tests.Infrastructure.GradebookData;

namespace TruongSo.Tests.Modules.Gradebook;

/// <summary>What the fast save path (issue 4) must not give up: kept scopes end with the change, set-based writes check every version.</summary>
public sealed class EnterMarksSaveFastTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task A_removed_assignment_stops_the_teachers_next_save_at_once(Engine engine)
    {
        var app = await apps.Get(engine);
        var cls = await app.Data.GradebookClassAsync(students: 1);
        var teacher = await app.ApiAs(await app.Data.TeacherOfAsync(cls, "TOAN", 1));
        (await teacher.SaveMarksAsync(cls, "TOAN", 1, [Cell(cls.Students[0], "Tx1", "8")])).EnsureSuccessStatusCode();
        var assignment = await app.WithDbAsync(db => db.Set<TeachingAssignment>()
            .Where(a => a.ClassId == cls.Id && a.SubjectId == cls.Subject("TOAN")).Select(a => a.Id).SingleAsync());
        var principal = await app.ApiAs(await app.Data.UserAsync(Roles.Principal, cls.School));
        (await principal.DeleteAsync($"/api/v1/assignments/{assignment}")).EnsureSuccessStatusCode();

        var refused = await teacher.SaveMarksAsync(cls, "TOAN", 1, [Cell(cls.Students[0], "Tx1", "9", version: 1)]);

        refused.StatusCode.Should().Be(HttpStatusCode.NotFound, "the class is no longer the teacher's");
        (await app.WithDbAsync(db => db.Set<Mark>().SingleAsync(m => m.ClassId == cls.Id))).Tenths.Should().Be(80);
    }

    [Theory, Engines]
    public async Task A_stale_version_in_a_set_based_write_refuses_the_whole_write(Engine engine)
    {
        var app = await apps.Get(engine);
        var cls = await app.Data.GradebookClassAsync(students: 1);
        var teacher = await app.ApiAs(await app.Data.TeacherOfAsync(cls, "TOAN", 1));
        (await teacher.SaveMarksAsync(cls, "TOAN", 1, [Cell(cls.Students[0], "Tx1", "8"), Cell(cls.Students[0], "Tx2", "7")])).EnsureSuccessStatusCode();

        // As if another save had written Tx2 between this save's read (version 0 seen) and its write.
        var refused = await app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var tx = await db.Database.BeginTransactionAsync();
            var writes = new MarkWrites();
            foreach (var mark in await db.Set<Mark>().AsNoTracking().Where(m => m.ClassId == cls.Id).ToListAsync())
            {
                var seen = mark.Column == MarkColumn.Tx1 ? mark.Version : 0;
                (mark.Tenths, mark.Version) = (10, seen + 1);
                writes.Save(mark, isNew: false, seen, cls.Id);
            }
            var write = () => writes.RunAsync(db, CancellationToken.None);
            await write.Should().ThrowAsync<DbUpdateConcurrencyException>();
            return true;
        });

        refused.Should().BeTrue();
        var marks = await app.WithDbAsync(db => db.Set<Mark>().Where(m => m.ClassId == cls.Id).OrderBy(m => m.Column).ToListAsync());
        marks.Select(m => (m.Column, m.Tenths, m.Version)).Should().Equal((MarkColumn.Tx1, 80, 1), (MarkColumn.Tx2, 70, 1));
    }

    [Theory, Engines]
    public async Task A_mark_and_results_recorded_in_another_class_follow_the_student_to_the_class_that_saves(Engine engine)
    {
        var app = await apps.Get(engine);
        var cls = await app.Data.GradebookClassAsync(students: 2);
        var before = await app.Data.GradebookClassAsync("6A2", students: 1);
        var teacher = await app.ApiAs(await app.Data.TeacherOfAsync(cls, "TOAN", 1));
        (await teacher.SaveMarksAsync(cls, "TOAN", 1, [Cell(cls.Students[0], "Tx1", "8"), Cell(cls.Students[1], "Tx1", "6")])).EnsureSuccessStatusCode();
        var moved = cls.Students[0];
        // As if the first student's mark and results had been recorded while they sat in 6A2 (the save leaves class_id alone otherwise).
        await app.WithDbAsync(async db =>
        {
            await db.Set<Mark>().Where(m => m.StudentId == moved).ExecuteUpdateAsync(s => s.SetProperty(m => m.ClassId, before.Id));
            await db.Set<SubjectResult>().Where(r => r.StudentId == moved).ExecuteUpdateAsync(s => s.SetProperty(r => r.ClassId, before.Id));
            return true;
        });

        (await teacher.SaveMarksAsync(cls, "TOAN", 1, [Cell(moved, "Tx1", "9", version: 1), Cell(cls.Students[1], "Tx1", "7", version: 1)])).EnsureSuccessStatusCode();

        var marks = await app.WithDbAsync(db => db.Set<Mark>().AsNoTracking().Where(m => cls.Students.Contains(m.StudentId)).ToListAsync());
        marks.Select(m => (m.StudentId, m.ClassId, m.Tenths, m.Version)).Should().BeEquivalentTo([(moved, cls.Id, (int?)90, 2), (cls.Students[1], cls.Id, (int?)70, 2)]);
        var results = await app.WithDbAsync(db => db.Set<SubjectResult>().AsNoTracking().Where(r => cls.Students.Contains(r.StudentId)).ToListAsync());
        results.Should().HaveCount(6, "two students × HK I, HK II and the year, one row each").And.OnlyContain(r => r.ClassId == cls.Id);
    }

    [Theory, Engines]
    public async Task A_save_rewrites_only_the_results_it_changes(Engine engine)
    {
        var app = await apps.Get(engine);
        var cls = await app.Data.GradebookClassAsync(students: 1);
        var teacher = await app.ApiAs(await app.Data.TeacherOfAsync(cls, "TOAN", 1));
        (await teacher.SaveMarksAsync(cls, "TOAN", 1, [Cell(cls.Students[0], "Tx1", "8")])).EnsureSuccessStatusCode();
        var first = await app.WithDbAsync(db => db.Set<SubjectResult>().AsNoTracking().Where(r => r.StudentId == cls.Students[0]).ToDictionaryAsync(r => r.Period));

        // HK I's missing parts are the same after this save, HK II and the year stay incomplete: no row of the three changes.
        (await teacher.SaveMarksAsync(cls, "TOAN", 1, [Cell(cls.Students[0], "Tx1", "9", version: 1)])).EnsureSuccessStatusCode();

        var second = await app.WithDbAsync(db => db.Set<SubjectResult>().AsNoTracking().Where(r => r.StudentId == cls.Students[0]).ToDictionaryAsync(r => r.Period));
        second.Should().HaveCount(3);
        second.Values.Should().OnlyContain(r => !r.Complete);
        second.Values.Select(r => (r.Period, r.Id, r.ComputedAt)).Should().BeEquivalentTo(first.Values.Select(r => (r.Period, r.Id, r.ComputedAt)),
            "a result the save leaves as it was is not written again");
    }
}

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
        (await app.StoredMarksAsync(r => r.ClassId == cls.Id)).Single().Tenths.Should().Be(80);
    }

    [Theory, Engines]
    public async Task A_stale_version_in_a_set_based_write_refuses_the_whole_write(Engine engine)
    {
        var app = await apps.Get(engine);
        var cls = await app.Data.GradebookClassAsync(students: 2);
        var teacher = await app.ApiAs(await app.Data.TeacherOfAsync(cls, "TOAN", 1));
        var (an, binh) = (cls.Students[0], cls.Students[1]);
        (await teacher.SaveMarksAsync(cls, "TOAN", 1, [Cell(an, "Tx1", "8"), Cell(binh, "Tx1", "7")])).EnsureSuccessStatusCode();

        // As if another save had written Bình's row between this save's read (no row yet: version 0 seen) and its write.
        var refused = await app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var tx = await db.Database.BeginTransactionAsync();
            var writes = new MarkWrites();
            foreach (var row in await db.Set<MarkRow>().AsNoTracking().Where(r => r.ClassId == cls.Id).ToListAsync())
            {
                var marks = row.Marks();
                marks.ForEach(m => (m.Tenths, m.Version) = (100, m.Version + 1));
                row.Version = row.StudentId == binh ? 0 : row.Version;
                writes.Update(row, MarkCells.Write(marks), DateTime.UtcNow, cls.Id);
            }
            var write = () => writes.RunAsync(db, CancellationToken.None);
            await write.Should().ThrowAsync<DbUpdateConcurrencyException>();
            return true;
        });

        refused.Should().BeTrue();
        var marks = await app.StoredMarksAsync(r => r.ClassId == cls.Id);
        marks.Select(m => (m.StudentId, m.Tenths, m.Version)).Should().BeEquivalentTo([(an, (int?)80, 1), (binh, (int?)70, 1)], "neither row was written");
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
            await db.Set<MarkRow>().Where(r => r.StudentId == moved).ExecuteUpdateAsync(s => s.SetProperty(r => r.ClassId, before.Id));
            await db.Set<SubjectResult>().Where(r => r.StudentId == moved).ExecuteUpdateAsync(s => s.SetProperty(r => r.ClassId, before.Id));
            return true;
        });

        (await teacher.SaveMarksAsync(cls, "TOAN", 1, [Cell(moved, "Tx1", "9", version: 1), Cell(cls.Students[1], "Tx1", "7", version: 1)])).EnsureSuccessStatusCode();

        var marks = await app.StoredMarksAsync(r => cls.Students.Contains(r.StudentId));
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

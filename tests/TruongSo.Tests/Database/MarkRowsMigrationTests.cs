using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Tests.Database;

/// <summary>Marks stored a row per cell (before 20261121000018) come through into a row per student and term intact.</summary>
public sealed class MarkRowsMigrationTests
{
    private const string RowsMigration = "20261121000018_GradebookRowPerStudentAndTerm";

    [Theory, Engines]
    public async Task Marks_of_the_old_table_come_through_the_migration_intact_and_read_back_through_the_API(Engine engine)
    {
        await using var app = await TestApp.StartAsync(engine);
        var cls = await app.Data.GradebookClassAsync(students: 2);
        var teacher = await app.Data.TeacherOfAsync(cls, "TOAN", 1);
        var (an, binh) = (cls.Students[0], cls.Students[1]);
        var early = new DateTime(2026, 10, 5, 1, 2, 3, DateTimeKind.Utc).AddTicks(4_567_890); // microseconds: what PostgreSQL keeps
        var late = new DateTime(2026, 10, 6, 9, 30, 0, DateTimeKind.Utc);
        await app.WithDbAsync(RewindAsync);
        await app.WithDbAsync(db => OldMarkAsync(db, cls, an, 1, MarkColumn.Tx1, 80, "None", 3, early, teacher.Id));
        await app.WithDbAsync(db => OldMarkAsync(db, cls, an, 1, MarkColumn.Gk, 65, "MakeUp", 1, late, null));
        await app.WithDbAsync(db => OldMarkAsync(db, cls, an, 2, MarkColumn.Tx1, 95, "None", 1, early, teacher.Id));
        await app.WithDbAsync(db => OldMarkAsync(db, cls, binh, 1, MarkColumn.Tx2, 70, "AbsentWithoutReason", 2, late, teacher.Id));

        await app.WithDbAsync(async db =>
        {
            await db.Database.MigrateAsync();
            return true;
        });

        var rows = await app.WithDbAsync(db => db.Set<MarkRow>().AsNoTracking().Where(r => cls.Students.Contains(r.StudentId)).ToListAsync());
        rows.Select(r => (r.StudentId, r.Term, r.ClassId, r.Version, r.UpdatedAt)).Should().BeEquivalentTo(
            [(an, 1, cls.Id, 3, late), (an, 2, cls.Id, 1, early), (binh, 1, cls.Id, 2, late)], "a row per student and term: its newest cell's version and time");
        rows.SelectMany(r => r.Marks()).Select(m => (m.StudentId, m.Term, m.Column, m.Tenths, m.Note, m.Version, m.UpdatedAt, m.UpdatedBy)).Should().BeEquivalentTo(
            [(an, 1, MarkColumn.Tx1, (int?)80, MarkNote.None, 3, early, (Guid?)teacher.Id), (an, 1, MarkColumn.Gk, 65, MarkNote.MakeUp, 1, late, null),
             (an, 2, MarkColumn.Tx1, 95, MarkNote.None, 1, early, teacher.Id), (binh, 1, MarkColumn.Tx2, 70, MarkNote.AbsentWithoutReason, 2, late, teacher.Id)]);

        var api = await app.ApiAs(teacher);
        var sheet = await (await api.GetAsync(cls.Marks("TOAN", 1))).JsonAsync();
        var cells = sheet.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("studentId").GetGuid(), r => r.GetProperty("cells"));
        Cell(cells[an], "Tx1").Should().Be($"8.0 None v3 {early:O} Lê Thị Hoa");
        Cell(cells[an], "Gk").Should().Be($"6.5 MakeUp v1 {late:O} người khác"); // no author recorded
        Cell(cells[binh], "Tx2").Should().Be($"7.0 AbsentWithoutReason v2 {late:O} Lê Thị Hoa");
        cells[binh].GetProperty("Tx1").GetProperty("version").GetInt32().Should().Be(0, "an empty cell stays empty");
        var saved = await api.SaveMarksAsync(cls, "TOAN", 1, [GradebookData.Cell(an, "Tx1", "9", version: 3), GradebookData.Cell(an, "Tx2", "7")]);
        (await saved.JsonAsync()).GetProperty("saved").GetInt32().Should().Be(2, "the migrated versions are those the grid saves against");
    }

    /// <summary>A cell as the grid shows it: value, note, version, when (UTC) and by whom.</summary>
    private static string Cell(JsonElement cells, string column)
    {
        var c = cells.GetProperty(column);
        return $"{c.GetProperty("value").GetString()} {c.GetProperty("note").GetString()} v{c.GetProperty("version").GetInt32()} " +
               $"{c.GetProperty("updatedAt").GetDateTime().ToUniversalTime():O} {c.GetProperty("updatedBy").GetString()}";
    }

    /// <summary>Back to the schema before the rows: gradebook_marks as 20261121000004 made it, the rows' migration not yet applied.</summary>
    private static async Task<bool> RewindAsync(AppDbContext db)
    {
        var migrations = db.GetService<IMigrationsAssembly>();
        var gradebook = migrations.CreateMigration(migrations.Migrations["20261121000004_Gradebook"], db.Database.ProviderName!);
        var old = gradebook.UpOperations.Where(o => o is CreateTableOperation { Name: "gradebook_marks" } or CreateIndexOperation { Table: "gradebook_marks" }).ToList();
        await db.Database.ExecuteSqlRawAsync("DROP TABLE gradebook_mark_rows");
        foreach (var command in db.GetService<IMigrationsSqlGenerator>().Generate(old))
        {
            await db.Database.ExecuteSqlRawAsync(command.CommandText);
        }
        await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetDeleteScript(RowsMigration));
        return true;
    }

    /// <summary>A mark as the app wrote it before the rows: the column as its number, the note as its name.</summary>
    private static Task<int> OldMarkAsync(AppDbContext db, GradebookClass cls, Guid student, int term, MarkColumn column, int tenths, string note, int version,
        DateTime at, Guid? by) => db.Database.ExecuteSqlAsync($"""
            INSERT INTO gradebook_marks (id, school_id, school_year_id, class_id, subject_id, student_id, term, "column", tenths, level, note, version, updated_at, updated_by)
            VALUES ({Guid.NewGuid()}, {cls.School.Id}, {cls.YearId}, {cls.Id}, {cls.Subject("TOAN")}, {student}, {term}, {(int)column}, {tenths}, {(string?)null},
                {note}, {version}, {at}, {by})
            """);
}

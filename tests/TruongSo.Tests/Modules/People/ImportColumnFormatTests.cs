using System.Net;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;

namespace TruongSo.Tests.Modules.People;

/// <summary>
/// The bulk path writes what EF would have written: on SQLite, where types are loose, the stored
/// text of every column of a bulk-inserted row has the same shape as that of a row EF inserted.
/// </summary>
public sealed class ImportColumnFormatTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task Bulk_rows_are_stored_like_EF_rows_and_EF_finds_them(Engine engine)
    {
        var app = await apps.Get(engine);
        var s = await app.Data.SchoolWithYearAsync(1);
        var clerk = await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, s.School));
        var byEf = new Student
        {
            SchoolId = s.School.Id, StudentCode = ImportTestKit.Code(), FullName = "Qua EF", DateOfBirth = new(2013, 1, 2), Gender = Gender.Female,
            Status = StudentStatus.Studying, CreatedAt = DateTime.UtcNow, Address = "x", PersonalId = ImportTestKit.PersonalId(2013, true),
        };
        await app.WithDbAsync(async db => { db.Add(byEf); return await db.SaveChangesAsync(); });
        var code = ImportTestKit.Code();
        (await clerk.UploadAsync($"/api/v1/students/import?schoolId={s.School.Id}", Workbooks.Students(
            new Pupil(code, "Qua Nhập", new(2013, 1, 2), "Nữ", PersonalId: ImportTestKit.PersonalId(2013, true), Address: "x", Class: "6A1")))).StatusCode.Should().Be(HttpStatusCode.OK);

        var imported = await app.WithDbAsync(db => db.Set<Student>().Include(x => x.Enrolments).Include(x => x.Placements).SingleAsync(x => x.StudentCode == code));

        imported.SchoolId.Should().Be(s.School.Id);
        imported.Gender.Should().Be(Gender.Female);
        imported.CreatedAt.Should().BeCloseTo(DateTime.UtcNow, TimeSpan.FromMinutes(5), "an instant in UTC");
        imported.Enrolments.Should().ContainSingle();
        imported.Placements.Should().ContainSingle().Which.ClassId.Should().Be(s.Classes[0].Id);
        if (engine == Engine.Sqlite)
        {
            var shapes = await app.WithDbAsync(async db =>
            {
                var connection = db.Database.GetDbConnection();
                await db.Database.OpenConnectionAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT * FROM people_students WHERE student_code IN ($a, $b) ORDER BY full_name";
                command.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter("$a", code));
                command.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter("$b", byEf.StudentCode));
                await using var reader = await command.ExecuteReaderAsync();
                var rows = new List<string[]>();
                while (await reader.ReadAsync())
                {
                    rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => $"{reader.GetName(i)}:{reader.GetFieldType(i).Name}:{Shape(reader.GetValue(i))}")]);
                }
                return rows;
            });
            shapes[1].Should().Equal(shapes[0], "column by column, type and shape of the stored value");
        }
    }

    /// <summary>What kind of text SQLite holds: GUID (upper or lower case), date, date-time, number or text.</summary>
    private static string Shape(object value) => value switch
    {
        DBNull => "null",
        long => "integer",
        string v when Guid.TryParseExact(v, "D", out _) => v == v.ToUpperInvariant() ? "GUID" : "guid",
        string v when System.Text.RegularExpressions.Regex.IsMatch(v, @"^\d{4}-\d{2}-\d{2}$") => "date",
        string v when System.Text.RegularExpressions.Regex.IsMatch(v, @"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,7})?$") => "datetime",
        string => "text",
        _ => value.GetType().Name,
    };
}

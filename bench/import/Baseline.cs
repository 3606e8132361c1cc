using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Text;

namespace ImportBench;

/// <summary>
/// The floor to compare with: the same rows (students, enrolments, placements, guardians, links)
/// written straight into the same tables, with the same indexes, foreign keys and triggers, with
/// everything computed beforehand: no file, no checks, no look-ups. PostgreSQL: binary COPY per
/// table with typed, synchronous writes into Npgsql's buffer. SQLite: one statement per table,
/// prepared once on the raw handle and re-bound by position for every row. Both in one transaction.
/// </summary>
internal static class Baseline
{
    private sealed record Table(string Name, string[] Columns, NpgsqlDbType[] Types, List<object?[]> Rows);

    /// <summary>Loads the rows into a school; returns the seconds the writes took (rows prepared before the clock starts).</summary>
    public static async Task<double> LoadAsync(BenchDatabase database, Guid schoolId, List<Pupil> pupils)
    {
        var db = database.Host.Get<AppDbContext>();
        var classes = await db.Set<SchoolClass>().Where(c => c.SchoolId == schoolId).ToDictionaryAsync(c => c.Name, c => (c.Id, c.SchoolYearId));
        var tables = Prepare(schoolId, pupils, classes);
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        var clock = Stopwatch.StartNew();
        var split = new List<string>();
        await using var tx = await connection.BeginTransactionAsync();
        foreach (var table in tables)
        {
            var before = clock.Elapsed.TotalMilliseconds;
            if (connection is NpgsqlConnection pg)
            {
                await Copy(pg, table);
            }
            else
            {
                SqliteRaw.Insert((SqliteConnection)connection, table.Name, table.Columns, table.Rows);
            }
            split.Add($"{table.Name.Replace("people_", "", StringComparison.Ordinal)} {clock.Elapsed.TotalMilliseconds - before:N0}");
        }
        var beforeCommit = clock.Elapsed.TotalMilliseconds;
        await tx.CommitAsync();
        var seconds = clock.Elapsed.TotalSeconds;
        Console.Error.WriteLine($"  {database.Engine,-8} bulk     {pupils.Count,6:N0} rows in {seconds * 1000,7:N0} ms = {pupils.Count / seconds,9:N0} rows/s; " +
            $"{string.Join(", ", split)}, commit {seconds * 1000 - beforeCommit:N0} ms");
        return seconds;
    }

    private static List<Table> Prepare(Guid schoolId, List<Pupil> pupils, Dictionary<string, (Guid Id, Guid YearId)> classes)
    {
        const NpgsqlDbType uuid = NpgsqlDbType.Uuid, text = NpgsqlDbType.Varchar, date = NpgsqlDbType.Date, stamp = NpgsqlDbType.TimestampTz;
        var students = new Table("people_students",
            ["id", "school_id", "student_code", "personal_id", "full_name", "name_search", "sort_key", "date_of_birth", "gender", "ethnicity_code", "place_of_birth", "address", "status", "created_at", "version"],
            [uuid, uuid, text, text, text, text, text, date, text, text, text, text, text, stamp, uuid], []);
        var enrolments = new Table("people_enrolments", ["id", "student_id", "school_id", "admitted_on"], [uuid, uuid, uuid, date], []);
        var placements = new Table("people_class_placements", ["id", "student_id", "school_id", "school_year_id", "class_id", "from"], [uuid, uuid, uuid, uuid, uuid, date], []);
        var guardians = new Table("people_guardians", ["id", "full_name", "name_search", "phone", "created_at", "version"], [uuid, text, text, text, stamp, uuid], []);
        var links = new Table("people_student_guardians", ["student_id", "guardian_id", "relation", "is_primary_contact"], [uuid, uuid, text, NpgsqlDbType.Boolean], []);
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        var byPhone = new Dictionary<string, Guid>();
        foreach (var p in pupils)
        {
            var id = Guid.CreateVersion7();
            students.Rows.Add([id, schoolId, p.Code, p.PersonalId, p.Name, VietnameseText.Fold(p.Name), VietnameseText.SortKey(p.Name), p.Dob, p.Female ? "Female" : "Male", "01", "Hà Nội", p.Address, "Studying", now, Guid.NewGuid()]);
            enrolments.Rows.Add([Guid.CreateVersion7(), id, schoolId, today]);
            var cls = classes[p.Class];
            placements.Rows.Add([Guid.CreateVersion7(), id, schoolId, cls.YearId, cls.Id, today]);
            if (!byPhone.TryGetValue(p.Phone, out var guardian))
            {
                byPhone[p.Phone] = guardian = Guid.CreateVersion7();
                guardians.Rows.Add([guardian, p.Guardian, VietnameseText.Fold(p.Guardian), p.Phone, now, Guid.NewGuid()]);
            }
            links.Rows.Add([id, guardian, "cha", true]);
        }
        // The import's order: parents before the rows that point at them.
        return [students, guardians, links, enrolments, placements];
    }

    /// <summary>Binary COPY; each value written with its own type (no per-value await, no type look-up by object).</summary>
    private static async Task Copy(NpgsqlConnection connection, Table table)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY {table.Name} ({string.Join(", ", table.Columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in table.Rows)
        {
            copy.StartRow();
            for (var i = 0; i < row.Length; i++)
            {
                switch (row[i])
                {
                    case Guid g: copy.Write(g, table.Types[i]); break;
                    case string s: copy.Write(s, table.Types[i]); break;
                    case DateOnly d: copy.Write(d, table.Types[i]); break;
                    case DateTime t: copy.Write(t, table.Types[i]); break;
                    case bool b: copy.Write(b, table.Types[i]); break;
                    default: copy.WriteNull(); break;
                }
            }
        }
        await copy.CompleteAsync();
    }
}

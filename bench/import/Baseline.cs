using System.Data.Common;
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
/// written straight into the tables with everything computed beforehand — binary COPY on
/// PostgreSQL, one prepared INSERT per table on SQLite — with no file, no checks, no look-ups.
/// </summary>
internal static class Baseline
{
    private sealed record Rows(List<object?[]> Students, List<object?[]> Enrolments, List<object?[]> Placements, List<object?[]> Guardians, List<object?[]> Links);

    private static readonly (string Table, string[] Columns, NpgsqlDbType[] Types)[] Tables =
    [
        ("people_students", ["id", "school_id", "student_code", "personal_id", "full_name", "name_search", "sort_key", "date_of_birth", "gender", "ethnicity_code", "place_of_birth", "address", "status", "created_at", "version"],
            [NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Date, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.TimestampTz, NpgsqlDbType.Uuid]),
        ("people_enrolments", ["id", "student_id", "school_id", "admitted_on"], [NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Date]),
        ("people_class_placements", ["id", "student_id", "school_id", "school_year_id", "class_id", "from"], [NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Date]),
        ("people_guardians", ["id", "full_name", "name_search", "phone", "created_at", "version"], [NpgsqlDbType.Uuid, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.TimestampTz, NpgsqlDbType.Uuid]),
        ("people_student_guardians", ["student_id", "guardian_id", "relation", "is_primary_contact"], [NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Varchar, NpgsqlDbType.Boolean]),
    ];

    /// <summary>Loads the rows into a school of <paramref name="database"/>; returns the seconds the writes took (rows prepared before the clock starts).</summary>
    public static async Task<double> LoadAsync(BenchDatabase database, Guid schoolId, List<Pupil> pupils)
    {
        var db = database.Host.Get<AppDbContext>();
        var classes = await db.Set<SchoolClass>().Where(c => c.SchoolId == schoolId).ToDictionaryAsync(c => c.Name, c => (c.Id, c.SchoolYearId));
        var rows = Prepare(schoolId, pupils, classes);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await db.Database.OpenConnectionAsync();
        await using var tx = await db.Database.GetDbConnection().BeginTransactionAsync();
        var all = new[] { rows.Students, rows.Enrolments, rows.Placements, rows.Guardians, rows.Links };
        for (var t = 0; t < Tables.Length; t++)
        {
            if (db.Database.GetDbConnection() is NpgsqlConnection pg)
            {
                await CopyAsync(pg, Tables[t], all[t]);
            }
            else
            {
                await InsertAsync(db.Database.GetDbConnection(), tx, Tables[t], all[t]);
            }
        }
        await tx.CommitAsync();
        return clock.Elapsed.TotalSeconds;
    }

    private static Rows Prepare(Guid schoolId, List<Pupil> pupils, Dictionary<string, (Guid Id, Guid YearId)> classes)
    {
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        var rows = new Rows([], [], [], [], []);
        var guardians = new Dictionary<string, Guid>();
        foreach (var p in pupils)
        {
            var id = Guid.CreateVersion7();
            rows.Students.Add([id, schoolId, p.Code, p.PersonalId, p.Name, VietnameseText.Fold(p.Name), VietnameseText.SortKey(p.Name), p.Dob, p.Female ? "Female" : "Male", "01", "Hà Nội", p.Address, "Studying", now, Guid.NewGuid()]);
            rows.Enrolments.Add([Guid.CreateVersion7(), id, schoolId, today]);
            var cls = classes[p.Class];
            rows.Placements.Add([Guid.CreateVersion7(), id, schoolId, cls.YearId, cls.Id, today]);
            if (!guardians.TryGetValue(p.Phone, out var guardian))
            {
                guardians[p.Phone] = guardian = Guid.CreateVersion7();
                rows.Guardians.Add([guardian, p.Guardian, VietnameseText.Fold(p.Guardian), p.Phone, now, Guid.NewGuid()]);
            }
            rows.Links.Add([id, guardian, "cha", true]);
        }
        return rows;
    }

    private static async Task CopyAsync(NpgsqlConnection connection, (string Table, string[] Columns, NpgsqlDbType[] Types) table, List<object?[]> rows)
    {
        await using var copy = await connection.BeginBinaryImportAsync($"COPY {table.Table} ({string.Join(", ", table.Columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            await copy.StartRowAsync();
            for (var i = 0; i < row.Length; i++)
            {
                await copy.WriteAsync(row[i]!, table.Types[i]);
            }
        }
        await copy.CompleteAsync();
    }

    private static async Task InsertAsync(DbConnection connection, DbTransaction tx, (string Table, string[] Columns, NpgsqlDbType[] Types) table, List<object?[]> rows)
    {
        await using var command = (SqliteCommand)connection.CreateCommand();
        command.Transaction = (SqliteTransaction)tx;
        command.CommandText = $"INSERT INTO {table.Table} ({string.Join(", ", table.Columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"))})";
        var parameters = table.Columns.Select((_, i) => command.Parameters.Add($"$p{i}", SqliteType.Text)).ToArray();
        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = row[i] switch
                {
                    Guid g => g.ToString().ToUpperInvariant(),
                    DateOnly d => Pupils.Date(d),
                    DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture),
                    bool b => b ? 1 : 0,
                    var v => v,
                };
            }
            await command.ExecuteNonQueryAsync();
        }
    }
}

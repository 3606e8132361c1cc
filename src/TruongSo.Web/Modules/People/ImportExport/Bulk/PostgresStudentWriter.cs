using Microsoft.EntityFrameworkCore;
using Npgsql;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People.ImportExport.Bulk;

/// <summary>
/// PostgreSQL: binary COPY straight into the tables for new rows; updates are copied into a
/// temporary table (dropped at commit) and applied with one UPDATE ... FROM. All in the caller's
/// transaction, so a failure leaves nothing behind.
/// </summary>
internal sealed class PostgresStudentWriter : IStudentBulkWriter
{
    public async Task WriteAsync(AppDbContext db, StudentWriteSet set, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        _ = db.Database.CurrentTransaction ?? throw new InvalidOperationException("Bulk writes need the caller's transaction.");
        var students = BulkTable.Of<Student>(db);
        await CopyAsync(connection, students, students.Name, set.NewStudents, ct);
        await UpdateStudentsAsync(connection, students, set.UpdatedStudents, ct);
        await CopyAsync(connection, BulkTable.Of<Guardian>(db), null, set.Guardians, ct);
        await CopyAsync(connection, BulkTable.Of<StudentGuardian>(db), null, set.Links, ct);
        await CopyAsync(connection, BulkTable.Of<Enrolment>(db), null, set.Enrolments, ct);
        await ClosePlacementsAsync(connection, BulkTable.Of<ClassPlacement>(db), set.ClosedPlacements, ct);
        await CopyAsync(connection, BulkTable.Of<ClassPlacement>(db), null, set.Placements, ct);
    }

    /// <summary>COPY rows into <paramref name="into"/> (the entity's own table when null).</summary>
    internal static async Task CopyAsync<T>(NpgsqlConnection connection, BulkTable table, string? into, IReadOnlyList<T> rows, CancellationToken ct)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }
        var columns = table.Columns;
        var types = columns.Select(c => BaseType(c.StoreType)).ToArray();
        var sql = $"COPY {BulkTable.Quoted(into ?? table.Name)} ({string.Join(", ", columns.Select(c => BulkTable.Quoted(c.Name)))}) FROM STDIN (FORMAT BINARY)";
        await using var copy = await connection.BeginBinaryImportAsync(sql, ct);
        // Synchronous writes into Npgsql's buffer (it flushes as it fills): an await per value costs
        // more than the value itself. ct is checked once per row.
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            copy.StartRow();
            for (var i = 0; i < columns.Count; i++)
            {
                Write(copy, columns[i].ValueOf(row), types[i]);
            }
        }
        await copy.CompleteAsync(ct);
    }

    /// <summary>Each value through its own type's writer: Write&lt;object&gt; would look the type up again for every value.</summary>
    private static void Write(NpgsqlBinaryImporter copy, object? value, string type)
    {
        switch (value)
        {
            case null: copy.WriteNull(); break;
            case string s: copy.Write(s, type); break;
            case Guid g: copy.Write(g, type); break;
            case DateOnly d: copy.Write(d, type); break;
            case DateTime t: copy.Write(t, type); break;
            case bool b: copy.Write(b, type); break;
            case int i: copy.Write(i, type); break;
            case long l: copy.Write(l, type); break;
            default: copy.Write(value, type); break;
        }
    }

    private static async Task UpdateStudentsAsync(NpgsqlConnection connection, BulkTable table, List<Student> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }
        const string staging = "import_students_staging";
        await ExecuteAsync(connection, $"CREATE TEMP TABLE {staging} (LIKE {BulkTable.Quoted(table.Name)}) ON COMMIT DROP", ct);
        await CopyAsync(connection, table, staging, rows, ct);
        var set = table.Columns.Where(c => !StudentWriteSet.NeverUpdated.Contains(c.Name)).Select(c => $"{BulkTable.Quoted(c.Name)} = s.{BulkTable.Quoted(c.Name)}");
        await ExecuteAsync(connection, $"UPDATE {BulkTable.Quoted(table.Name)} t SET {string.Join(", ", set)} FROM {staging} s WHERE t.id = s.id", ct);
    }

    private static async Task ClosePlacementsAsync(NpgsqlConnection connection, BulkTable table, List<ClassPlacement> closed, CancellationToken ct)
    {
        if (closed.Count == 0)
        {
            return;
        }
        const string staging = "import_placements_staging";
        await ExecuteAsync(connection, $"CREATE TEMP TABLE {staging} (LIKE {BulkTable.Quoted(table.Name)}) ON COMMIT DROP", ct);
        await CopyAsync(connection, table, staging, closed, ct);
        await ExecuteAsync(connection, $"UPDATE {BulkTable.Quoted(table.Name)} t SET \"to\" = s.\"to\" FROM {staging} s " +
            "WHERE t.student_id = s.student_id AND t.school_year_id = s.school_year_id AND t.\"to\" IS NULL", ct);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>"character varying(20)" → "character varying": COPY binary needs the type, not its length.</summary>
    private static string BaseType(string storeType) => storeType.IndexOf('(', StringComparison.Ordinal) is var i and > 0 ? storeType[..i].Trim() : storeType;
}

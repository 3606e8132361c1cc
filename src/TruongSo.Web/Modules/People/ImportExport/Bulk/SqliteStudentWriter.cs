using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People.ImportExport.Bulk;

/// <summary>
/// SQLite: one prepared INSERT or UPDATE per table (<see cref="SqliteStatement"/>), re-bound for
/// every row, in the caller's transaction (open on this connection, so the raw statements run in
/// it). Columns and value converters come from EF's model (<see cref="BulkTable"/>), so values are
/// stored as EF stores them. Microsoft.Data.Sqlite has no real async I/O: this runs synchronously.
/// </summary>
internal sealed class SqliteStudentWriter : IStudentBulkWriter
{
    public Task WriteAsync(AppDbContext db, StudentWriteSet set, CancellationToken ct)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        _ = db.Database.CurrentTransaction ?? throw new InvalidOperationException("Bulk writes need the caller's transaction.");
        var students = BulkTable.Of<Student>(db);
        Insert(connection, students, set.NewStudents, ct);
        Update(connection, students, set.UpdatedStudents, ["id"], StudentWriteSet.NeverUpdated, ct);
        Insert(connection, BulkTable.Of<Guardian>(db), set.Guardians, ct);
        Insert(connection, BulkTable.Of<StudentGuardian>(db), set.Links, ct);
        Insert(connection, BulkTable.Of<Enrolment>(db), set.Enrolments, ct);
        ClosePlacements(connection, BulkTable.Of<ClassPlacement>(db), set.ClosedPlacements, ct);
        Insert(connection, BulkTable.Of<ClassPlacement>(db), set.Placements, ct);
        return Task.CompletedTask;
    }

    private static void Insert<T>(SqliteConnection connection, BulkTable table, IReadOnlyList<T> rows, CancellationToken ct)
        where T : class
    {
        var columns = table.Columns;
        var sql = $"INSERT INTO {BulkTable.Quoted(table.Name)} ({string.Join(", ", columns.Select(c => BulkTable.Quoted(c.Name)))}) " +
                  $"VALUES ({string.Join(", ", columns.Select(_ => "?"))})";
        Run(connection, sql, columns, rows, ct);
    }

    private static void Update<T>(SqliteConnection connection, BulkTable table, IReadOnlyList<T> rows, string[] keys, string[] fixedColumns, CancellationToken ct)
        where T : class
    {
        var set = table.Columns.Where(c => !fixedColumns.Contains(c.Name)).ToList();
        var where = keys.Select(table.Column).ToList();
        var sql = $"UPDATE {BulkTable.Quoted(table.Name)} SET {string.Join(", ", set.Select(c => $"{BulkTable.Quoted(c.Name)} = ?"))} " +
                  $"WHERE {string.Join(" AND ", where.Select(c => $"{BulkTable.Quoted(c.Name)} = ?"))}";
        Run(connection, sql, [.. set, .. where], rows, ct);
    }

    private static void ClosePlacements(SqliteConnection connection, BulkTable table, List<ClassPlacement> closed, CancellationToken ct)
    {
        var (to, student, year) = (table.Column("to"), table.Column("student_id"), table.Column("school_year_id"));
        var sql = $"UPDATE {BulkTable.Quoted(table.Name)} SET {BulkTable.Quoted(to.Name)} = ? " +
                  $"WHERE {BulkTable.Quoted(student.Name)} = ? AND {BulkTable.Quoted(year.Name)} = ? AND {BulkTable.Quoted(to.Name)} IS NULL";
        Run(connection, sql, [to, student, year], closed, ct);
    }

    private static void Run<T>(SqliteConnection connection, string sql, IReadOnlyList<BulkColumn> columns, IReadOnlyList<T> rows, CancellationToken ct)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }
        using var statement = new SqliteStatement(connection, sql);
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            for (var i = 0; i < columns.Count; i++)
            {
                statement.Bind(i + 1, columns[i].ValueOf(row));
            }
            statement.Step();
        }
    }
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People.ImportExport.Bulk;

/// <summary>
/// SQLite: one prepared INSERT or UPDATE per table, re-bound for every row, in the caller's
/// transaction. Parameters are made by EF's own type mappings, so values are stored as EF stores them.
/// </summary>
internal sealed class SqliteStudentWriter : IStudentBulkWriter
{
    public async Task WriteAsync(AppDbContext db, StudentWriteSet set, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var tx = db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("Bulk writes need the caller's transaction.");
        var students = BulkTable.Of<Student>(db);
        await InsertAsync(connection, tx, students, set.NewStudents, ct);
        await UpdateAsync(connection, tx, students, set.UpdatedStudents, ["id"], StudentWriteSet.NeverUpdated, ct);
        await InsertAsync(connection, tx, BulkTable.Of<Guardian>(db), set.Guardians, ct);
        await InsertAsync(connection, tx, BulkTable.Of<StudentGuardian>(db), set.Links, ct);
        await InsertAsync(connection, tx, BulkTable.Of<Enrolment>(db), set.Enrolments, ct);
        await ClosePlacementsAsync(connection, tx, BulkTable.Of<ClassPlacement>(db), set.ClosedPlacements, ct);
        await InsertAsync(connection, tx, BulkTable.Of<ClassPlacement>(db), set.Placements, ct);
    }

    private static async Task InsertAsync<T>(DbConnection connection, DbTransaction tx, BulkTable table, IReadOnlyList<T> rows, CancellationToken ct)
        where T : class
    {
        var columns = table.Columns;
        var sql = $"INSERT INTO {BulkTable.Quoted(table.Name)} ({string.Join(", ", columns.Select(c => BulkTable.Quoted(c.Name)))}) " +
                  $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        await RunAsync(connection, tx, sql, columns, rows, ct);
    }

    private static async Task UpdateAsync<T>(DbConnection connection, DbTransaction tx, BulkTable table, IReadOnlyList<T> rows,
        string[] keys, string[] fixedColumns, CancellationToken ct) where T : class
    {
        var set = table.Columns.Where(c => !fixedColumns.Contains(c.Name)).ToList();
        var where = keys.Select(table.Column).ToList();
        var sql = $"UPDATE {BulkTable.Quoted(table.Name)} SET {string.Join(", ", set.Select((c, i) => $"{BulkTable.Quoted(c.Name)} = $p{i}"))} " +
                  $"WHERE {string.Join(" AND ", where.Select((c, i) => $"{BulkTable.Quoted(c.Name)} = $p{set.Count + i}"))}";
        await RunAsync(connection, tx, sql, [.. set, .. where], rows, ct);
    }

    private static async Task ClosePlacementsAsync(DbConnection connection, DbTransaction tx, BulkTable table, List<ClassPlacement> closed, CancellationToken ct)
    {
        var (to, student, year) = (table.Column("to"), table.Column("student_id"), table.Column("school_year_id"));
        var sql = $"UPDATE {BulkTable.Quoted(table.Name)} SET {BulkTable.Quoted(to.Name)} = $p0 " +
                  $"WHERE {BulkTable.Quoted(student.Name)} = $p1 AND {BulkTable.Quoted(year.Name)} = $p2 AND {BulkTable.Quoted(to.Name)} IS NULL";
        await RunAsync(connection, tx, sql, [to, student, year], closed, ct);
    }

    private static async Task RunAsync<T>(DbConnection connection, DbTransaction tx, string sql, IReadOnlyList<BulkColumn> columns, IReadOnlyList<T> rows, CancellationToken ct)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        // The mapping configures each parameter as EF does (it converts the model value it is given).
        var parameters = columns.Select((c, i) => c.Mapping.CreateParameter(command, $"$p{i}", c.ModelValueOf(rows[0]), nullable: true)).ToArray();
        command.Parameters.AddRange(parameters);
        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = columns[i].ValueOf(row) ?? DBNull.Value;
            }
            // Microsoft.Data.Sqlite has no real async I/O; the sync call skips a Task per row.
            ct.ThrowIfCancellationRequested();
            command.ExecuteNonQuery();
        }
    }
}

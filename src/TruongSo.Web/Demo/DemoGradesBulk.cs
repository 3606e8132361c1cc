using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using TruongSo.Web.Modules.People.ImportExport.Bulk;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Demo;

/// <summary>
/// The demo's hundred thousand marks and results go in through the People import's bulk path (EF's
/// own column mapping, <see cref="BulkTable"/>): PostgreSQL binary COPY, SQLite one prepared INSERT
/// re-bound per row; in the caller's transaction. EF's change tracker would take several times as long.
/// </summary>
internal static class DemoGradesBulk
{
    public static async Task InsertAsync<T>(AppDbContext db, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }
        var table = BulkTable.Of<T>(db);
        if (db.Database.GetDbConnection() is NpgsqlConnection postgres)
        {
            await PostgresStudentWriter.CopyAsync(postgres, table, null, rows, ct);
            return;
        }
        var columns = table.Columns;
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("Bulk writes need the caller's transaction.");
        command.CommandText = $"INSERT INTO {BulkTable.Quoted(table.Name)} ({string.Join(", ", columns.Select(c => BulkTable.Quoted(c.Name)))}) " +
                              $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var parameters = columns.Select((c, i) => c.Mapping.CreateParameter(command, $"$p{i}", c.ModelValueOf(rows[0]), nullable: true)).ToArray();
        command.Parameters.AddRange(parameters);
        command.Prepare();
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = columns[i].ValueOf(row) ?? DBNull.Value;
            }
            // Microsoft.Data.Sqlite has no real async I/O; the sync call skips a Task per row.
            command.ExecuteNonQuery();
        }
    }
}

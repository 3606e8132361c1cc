using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.EnterMarks;

/// <summary>
/// The marks a save compares, writes back and answers with: every mark of these students in the
/// subject and year, read in the save's transaction with one plain command (a sheet is ~270 rows,
/// which EF's query pipeline and materializer cost more than the database does). Not the owner's
/// ids (but the class, which a save keeps unless it changed: see MarkWrites).
/// </summary>
internal static class SheetMarks
{
    private const string Columns = "id, student_id, term, \"column\", tenths, level, note, version, updated_at, updated_by, class_id";

    public static async Task<List<Mark>> ReadAsync(AppDbContext db, IReadOnlyCollection<Guid> studentIds, Guid subjectId, Guid schoolYearId, CancellationToken ct)
    {
        await using var cmd = Select(db, Columns, studentIds, subjectId, schoolYearId);
        var marks = new List<Mark>(studentIds.Count * 6);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            marks.Add(new Mark
            {
                Id = reader.GetGuid(0), StudentId = reader.GetGuid(1), Term = reader.GetInt32(2), Column = (MarkColumn)reader.GetInt32(3),
                Tenths = reader.IsDBNull(4) ? null : reader.GetInt32(4), Level = reader.IsDBNull(5) ? null : reader.GetString(5),
                Note = Enum.Parse<MarkNote>(reader.GetString(6)), Version = reader.GetInt32(7), UpdatedAt = reader.GetDateTime(8),
                UpdatedBy = reader.IsDBNull(9) ? null : reader.GetGuid(9), ClassId = reader.GetGuid(10),
            });
        }
        return marks;
    }

    /// <summary>The same marks' ids and versions only: what a save planned ahead checks inside SQLite's writer turn.</summary>
    public static async Task<Dictionary<Guid, int>> VersionsAsync(AppDbContext db, IReadOnlyCollection<Guid> studentIds, Guid subjectId, Guid schoolYearId,
        CancellationToken ct)
    {
        await using var cmd = Select(db, "id, version", studentIds, subjectId, schoolYearId);
        var versions = new Dictionary<Guid, int>(studentIds.Count * 6);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            versions[reader.GetGuid(0)] = reader.GetInt32(1);
        }
        return versions;
    }

    private static DbCommand Select(AppDbContext db, string columns, IReadOnlyCollection<Guid> studentIds, Guid subjectId, Guid schoolYearId)
    {
        var postgres = db.Database.GetDbConnection() is NpgsqlConnection;
        return PlainCommands.Create(db, postgres
                ? $"SELECT {columns} FROM gradebook_marks WHERE subject_id = @s AND school_year_id = @y AND student_id = ANY(@ids)"
                : $"SELECT {columns} FROM gradebook_marks WHERE subject_id = @s AND school_year_id = @y AND student_id IN (SELECT value FROM json_each(@ids))",
            ("s", subjectId), ("y", schoolYearId), ("ids", postgres ? studentIds.ToArray() : (object)SqliteRows.ToJsonValues(studentIds.Select(id => (object?)id))));
    }
}

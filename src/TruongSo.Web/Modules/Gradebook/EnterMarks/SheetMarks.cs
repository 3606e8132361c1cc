using System.Data.Common;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.EnterMarks;

/// <summary>
/// The marks a save compares, writes back and answers with: the rows of these students in the subject
/// and year (both terms: the year's results need them), read in the save's transaction with one plain
/// command (EF's query pipeline and materializer cost more than the database does). Not the owner's
/// ids (but the class, which a save keeps unless it changed: see MarkWrites).
/// </summary>
internal static class SheetMarks
{
    private const string Columns = "id, student_id, term, version, cells, class_id";

    /// <summary>
    /// The query of these students' rows (parameters @s subject, @y year, @ids students) and the value of @ids, for a caller
    /// that sends it with other statements and reads it with <see cref="RowsAsync"/>.
    /// </summary>
    public static (string Sql, object Ids) Query(AppDbContext db, IReadOnlyCollection<Guid> studentIds, string columns = Columns)
    {
        var (students, ids) = StudentIds.In(db, studentIds);
        return ($"SELECT {columns} FROM gradebook_mark_rows WHERE subject_id = @s AND school_year_id = @y AND {students}", ids);
    }

    public static async Task<List<MarkRow>> ReadAsync(AppDbContext db, IReadOnlyCollection<Guid> studentIds, Guid subjectId, Guid schoolYearId, CancellationToken ct)
    {
        await using var cmd = Select(db, Columns, studentIds, subjectId, schoolYearId);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await RowsAsync(reader, studentIds.Count, subjectId, schoolYearId, ct);
    }

    /// <summary>The rows of the reader's current result, as selected by <see cref="Query"/>.</summary>
    public static async Task<List<MarkRow>> RowsAsync(DbDataReader reader, int students, Guid subjectId, Guid schoolYearId, CancellationToken ct)
    {
        var rows = new List<MarkRow>(students * 2);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new MarkRow
            {
                Id = reader.GetGuid(0), StudentId = reader.GetGuid(1), Term = reader.GetInt32(2), Version = reader.GetInt32(3), Cells = reader.GetString(4),
                ClassId = reader.GetGuid(5), SubjectId = subjectId, SchoolYearId = schoolYearId,
            });
        }
        return rows;
    }

    /// <summary>The same rows' ids and versions only: what a save planned ahead checks inside SQLite's writer turn.</summary>
    public static async Task<Dictionary<Guid, int>> VersionsAsync(AppDbContext db, IReadOnlyCollection<Guid> studentIds, Guid subjectId, Guid schoolYearId,
        CancellationToken ct)
    {
        await using var cmd = Select(db, "id, version", studentIds, subjectId, schoolYearId);
        var versions = new Dictionary<Guid, int>(studentIds.Count * 2);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            versions[reader.GetGuid(0)] = reader.GetInt32(1);
        }
        return versions;
    }

    private static DbCommand Select(AppDbContext db, string columns, IReadOnlyCollection<Guid> studentIds, Guid subjectId, Guid schoolYearId)
    {
        var (sql, ids) = Query(db, studentIds, columns);
        return PlainCommands.Create(db, sql, ("s", subjectId), ("y", schoolYearId), ("ids", ids));
    }
}

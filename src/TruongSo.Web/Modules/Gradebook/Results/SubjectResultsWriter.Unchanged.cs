using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.Evaluation;

public sealed partial class SubjectResultsWriter
{
    /// <summary>
    /// The rows less those that would leave the stored result as it is, read now: for SQLite, whose one writer
    /// would otherwise look each of them up in its turn. A sheet's save recomputes both terms and the year of
    /// every student it touches (135 rows for a class), and the other term's rows, often the year's too, come
    /// out as stored. A student with a row in another class keeps all their rows (they follow the student).
    /// </summary>
    /// <remarks>
    /// Valid while the marks the rows were computed from are those written: the save checks that in its turn
    /// and computes again, unfiltered, if not. What else rewrites results (a recompute, an exemption) writes its own.
    /// </remarks>
    public async Task<SubjectResultRows> WithoutUnchangedAsync(SubjectResultRows rows, Guid classId, Guid subjectId, Guid schoolYearId,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var stored = new Dictionary<(Guid, int), object?[]>(rows.Rows.Count);
        var elsewhere = new HashSet<Guid>();
        var (students, ids) = StudentIds.In(db, rows.Outcomes.Keys);
        await using (var cmd = PlainCommands.Create(db,
            "SELECT student_id, period, class_id, complete, average_tenths, level, exempt FROM gradebook_subject_results WHERE subject_id = @s AND school_year_id = @y AND " +
            students, ("s", subjectId), ("y", schoolYearId), ("ids", ids)))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var (student, cls) = (reader.GetGuid(0), reader.GetGuid(2));
                stored[(student, reader.GetInt32(1))] =
                    [reader.GetBoolean(3), reader.IsDBNull(4) ? null : reader.GetInt32(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetBoolean(6)];
                if (cls != classId)
                {
                    elsewhere.Add(student);
                }
            }
        }
        // A row is (id, school, year, subject, student, period, class, complete, average, level, exempt, computed at).
        var kept = rows.Rows.Where(r => elsewhere.Contains((Guid)r[4]!)
            || !stored.TryGetValue(((Guid)r[4]!, (int)r[5]!), out var s) || !r.AsSpan(7, 4).SequenceEqual(s)).ToList();
        return rows with { Rows = kept };
    }
}

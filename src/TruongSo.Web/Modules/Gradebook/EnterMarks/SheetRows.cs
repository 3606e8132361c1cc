using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.EnterMarks;

/// <summary>The state row of a page (completion, reopening), also the lock that queues its saves.</summary>
internal static class SheetRows
{
    /// <summary>Inside the caller's transaction: takes the row's write lock (creating the row if new) and returns it tracked.</summary>
    public static async Task<Sheet> LockAsync(AppDbContext db, SheetRef sheet, CancellationToken ct)
    {
        var row = Of(db, sheet);
        if (await row.ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version), ct) == 0)
        {
            db.Add(new Sheet { SchoolId = sheet.Class.SchoolId, SchoolYearId = sheet.Year.Id, ClassId = sheet.Class.Id, SubjectId = sheet.Subject.Id, Period = sheet.Period });
            await db.SaveChangesAsync(ct);
        }
        return await row.SingleAsync(ct);
    }

    /// <summary>
    /// As <see cref="LockAsync"/> in one round trip (UPDATE … RETURNING, the common case of a row that
    /// exists), for saves of marks: the row's id, completion and reopening, and whether the term is locked
    /// (read in the save's transaction on every save: a lock takes effect at once on every instance).
    /// </summary>
    /// <param name="marksOf">The students whose rows of marks to read in the same round trip, once held (<see cref="SheetMarks"/>), or null.</param>
    /// <remarks>
    /// On PostgreSQL the class and subject are held first, for both terms: a save computes the year's result from the
    /// other term's marks too, which the other term's page saves. Each save reads the marks after taking it, so the
    /// second of two saves sees the first's marks (in one round trip with the row: the lock first, always, so that two
    /// saves never hold one each).
    /// </remarks>
    public static async Task<(SheetHold Hold, List<MarkRow>? Marks)> HoldAsync(AppDbContext db, SheetRef sheet, IReadOnlyCollection<Guid>? marksOf,
        CancellationToken ct)
    {
        var postgres = !db.Database.IsSqlite();
        var sql = "UPDATE gradebook_sheets SET version = version WHERE class_id = @c AND subject_id = @s AND period = @p RETURNING id, completed_at, " +
                  "reopened_by IS NOT NULL, EXISTS (SELECT 1 FROM gradebook_term_locks WHERE school_year_id = @y AND period = @p)";
        var parameters = new List<(string, object)> { ("c", sheet.Class.Id), ("s", sheet.Subject.Id), ("p", (int)sheet.Period), ("y", sheet.Year.Id) };
        if (postgres)
        {
            sql = "SELECT pg_advisory_xact_lock(@k); " + sql;
            parameters.Add(("k", YearKey(sheet)));
        }
        if (marksOf is not null)
        {
            var (marks, ids) = SheetMarks.Query(db, marksOf);
            sql += "; " + marks;
            parameters.Add(("ids", ids));
        }
        SheetHold? held = null;
        List<MarkRow>? read = null;
        await using (var cmd = PlainCommands.Create(db, sql, [.. parameters]))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            if (postgres)
            {
                await reader.NextResultAsync(ct); // past the advisory lock's
            }
            if (await reader.ReadAsync(ct))
            {
                held = new SheetHold(reader.GetGuid(0), reader.IsDBNull(1) ? null : reader.GetDateTime(1), reader.GetBoolean(2), reader.GetBoolean(3));
            }
            if (marksOf is not null)
            {
                await reader.NextResultAsync(ct);
                read = await SheetMarks.RowsAsync(reader, marksOf.Count, sheet.Subject.Id, sheet.Year.Id, ct);
            }
        }
        if (held is null)
        {
            var created = await LockAsync(db, sheet, ct);
            var locked = await db.Set<TermLock>().AnyAsync(l => l.SchoolYearId == sheet.Year.Id && l.Period == sheet.Period, ct);
            held = new SheetHold(created.Id, created.CompletedAt, created.ReopenedBy is not null, locked);
        }
        return (held, read);
    }

    /// <summary>
    /// The advisory lock of a class's subject for the year (a class belongs to one year): the random halves of the two
    /// ids. Two pairs that met on one key would only queue their saves.
    /// </summary>
    private static long YearKey(SheetRef sheet) =>
        BitConverter.ToInt64(sheet.Class.Id.ToByteArray(), 8) ^ BitConverter.ToInt64(sheet.Subject.Id.ToByteArray(), 8);

    /// <summary>A completed page that changes is no longer complete: its teacher marks it again.</summary>
    public static Task<int> ClearCompletionAsync(AppDbContext db, Guid sheetId, CancellationToken ct) =>
        db.Set<Sheet>().Where(s => s.Id == sheetId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.CompletedAt, (DateTime?)null).SetProperty(x => x.CompletedBy, (Guid?)null), ct);

    public static IQueryable<Sheet> Of(AppDbContext db, SheetRef sheet) =>
        db.Set<Sheet>().Where(s => s.ClassId == sheet.Class.Id && s.SubjectId == sheet.Subject.Id && s.Period == sheet.Period);
}

/// <summary>What a save of marks needs of its page's row, and whether its term is locked.</summary>
internal sealed record SheetHold(Guid Id, DateTime? CompletedAt, bool Reopened, bool TermLocked)
{
    /// <summary>Why the page may not change now, or null.</summary>
    public string? Locked => SheetGate.Reason(TermLocked, Reopened);
}

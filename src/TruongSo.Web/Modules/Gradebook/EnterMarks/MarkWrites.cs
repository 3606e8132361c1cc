using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.EnterMarks;

/// <summary>
/// The rows of marks a save changes (a student's line for the term, ADR 0018), written set-based: one statement
/// per kind on PostgreSQL and on SQLite. Updates and deletes match the row version the save read, so a row someone
/// else wrote meanwhile fails the whole save (DbUpdateConcurrencyException), which reads again and compares each cell.
/// </summary>
internal sealed class MarkWrites
{
    private const string Table = "gradebook_mark_rows";
    private static readonly MarkColumn[] Columns = Enum.GetValues<MarkColumn>();
    private static readonly SetColumn Id = new("id", typeof(Guid));
    private static readonly SetColumn Seen = new("version", typeof(int));
    private static readonly SetColumn[] Owner =
    [
        new("school_id", typeof(Guid)), new("school_year_id", typeof(Guid)), new("subject_id", typeof(Guid)), new("student_id", typeof(Guid)), new("term", typeof(int)),
    ];
    private static readonly SetColumn ClassId = new("class_id", typeof(Guid));
    private static readonly SetColumn[] Values = [new("cells", typeof(string)), new("version", typeof(int)), new("updated_at", typeof(DateTime))];

    private readonly List<object?[]> inserts = [], updates = [], moves = [], deletes = [];

    /// <summary>The writes that bring these students' rows of the sheet's term to the cells planned (<paramref name="cells"/>: the term's, by student and column).</summary>
    public static MarkWrites For(SheetRef sheet, IEnumerable<Guid> students, IEnumerable<MarkRow> read, IReadOnlyDictionary<(Guid, MarkColumn), Mark> cells, DateTime now)
    {
        var writes = new MarkWrites();
        var rows = read.Where(r => r.Term == sheet.Term).ToDictionary(r => r.StudentId);
        var own = new List<Mark>(Columns.Length);
        foreach (var student in students)
        {
            own.Clear();
            own.AddRange(Columns.Select(c => cells.GetValueOrDefault((student, c))).OfType<Mark>());
            var row = rows.GetValueOrDefault(student);
            if (row is null && own.Count > 0)
            {
                writes.Insert(new MarkRow
                {
                    SchoolId = sheet.Class.SchoolId, SchoolYearId = sheet.Year.Id, ClassId = sheet.Class.Id, SubjectId = sheet.Subject.Id, StudentId = student,
                    Term = sheet.Term, Cells = MarkCells.Write(own), UpdatedAt = now,
                });
            }
            else if (row is not null && own.Count == 0)
            {
                writes.Delete(row); // the line's last cell was cleared; the audit entry keeps what it held
            }
            else if (row is not null)
            {
                writes.Update(row, MarkCells.Write(own), now, sheet.Class.Id);
            }
        }
        return writes;
    }

    public void Insert(MarkRow row) =>
        inserts.Add([row.Id, row.SchoolId, row.SchoolYearId, row.SubjectId, row.StudentId, row.Term, row.ClassId, row.Cells, row.Version, row.UpdatedAt]);

    /// <param name="classId">The class the row is written in; a row read in another class (a student who moved) moves with it.</param>
    public void Update(MarkRow read, string cells, DateTime now, Guid classId)
    {
        object?[] values = [cells, read.Version + 1, now];
        // class_id left out of the SET when it stays: SQLite rewrites the entries of every index on a column it sets, even to the same value.
        if (read.ClassId == classId)
        {
            updates.Add([read.Id, read.Version, .. values]);
        }
        else
        {
            moves.Add([read.Id, read.Version, classId, .. values]);
        }
    }

    public void Delete(MarkRow read) => deletes.Add([read.Id, read.Version]);

    public async Task RunAsync(AppDbContext db, CancellationToken ct)
    {
        var writes = new SetWrites(db);
        var updated = await writes.UpdateAsync(Table, 2, [Id, Seen, .. Values], updates, ct);
        var moved = await writes.UpdateAsync(Table, 2, [Id, Seen, ClassId, .. Values], moves, ct);
        var deleted = await writes.DeleteAsync(Table, [Id, Seen], deletes, ct);
        if (updated != updates.Count || moved != moves.Count || deleted != deletes.Count)
        {
            throw new DbUpdateConcurrencyException("Một ô điểm vừa được sửa ở nơi khác trong lúc lưu.");
        }
        await writes.InsertAsync(Table, [Id, .. Owner, ClassId, .. Values], inserts, ct);
    }
}

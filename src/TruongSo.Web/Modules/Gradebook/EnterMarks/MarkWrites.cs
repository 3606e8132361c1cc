using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.EnterMarks;

/// <summary>
/// The marks a save changes, written set-based: one statement per kind on PostgreSQL, one prepared
/// statement on SQLite. Updates and deletes match the version the save read, so a cell someone else
/// wrote meanwhile fails the whole save (DbUpdateConcurrencyException), which reads again and reports it.
/// </summary>
internal sealed class MarkWrites
{
    private const string Table = "gradebook_marks";
    private static readonly SetColumn Id = new("id", typeof(Guid));
    private static readonly SetColumn Seen = new("version", typeof(int));
    private static readonly SetColumn[] Owner =
    [
        new("school_id", typeof(Guid)), new("school_year_id", typeof(Guid)), new("subject_id", typeof(Guid)), new("student_id", typeof(Guid)),
        new("term", typeof(int)), new("column", typeof(int)),
    ];
    private static readonly SetColumn ClassId = new("class_id", typeof(Guid));
    private static readonly SetColumn[] Values =
    [
        new("tenths", typeof(int?)), new("level", typeof(string)), new("note", typeof(string)),
        new("version", typeof(int)), new("updated_at", typeof(DateTime)), new("updated_by", typeof(Guid?)),
    ];

    private readonly List<object?[]> inserts = [], updates = [], moves = [], deletes = [];

    /// <param name="classId">The class the mark is written in; a mark read in another class (a student who moved) moves with it.</param>
    public void Save(Mark mark, bool isNew, int seenVersion, Guid classId)
    {
        object?[] values = [mark.Tenths, mark.Level, mark.Note.ToString(), mark.Version, mark.UpdatedAt, mark.UpdatedBy];
        if (isNew)
        {
            inserts.Add([mark.Id, mark.SchoolId, mark.SchoolYearId, mark.SubjectId, mark.StudentId, mark.Term, (int)mark.Column, classId, .. values]);
        }
        else if (mark.ClassId == classId)
        {
            // class_id left out of the SET: SQLite rewrites the entries of every index on a column it sets, even to the same value.
            updates.Add([mark.Id, seenVersion, .. values]);
        }
        else
        {
            moves.Add([mark.Id, seenVersion, classId, .. values]);
        }
    }

    public void Delete(Mark mark, int seenVersion) => deletes.Add([mark.Id, seenVersion]);

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

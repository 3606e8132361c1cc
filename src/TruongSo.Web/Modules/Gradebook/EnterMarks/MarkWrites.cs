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
    private static readonly SetColumn[] Values =
    [
        new("class_id", typeof(Guid)), new("tenths", typeof(int?)), new("level", typeof(string)), new("note", typeof(string)),
        new("version", typeof(int)), new("updated_at", typeof(DateTime)), new("updated_by", typeof(Guid?)),
    ];

    private readonly List<object?[]> inserts = [], updates = [], deletes = [];

    public void Save(Mark mark, bool isNew, int seenVersion)
    {
        object?[] values = [mark.ClassId, mark.Tenths, mark.Level, mark.Note.ToString(), mark.Version, mark.UpdatedAt, mark.UpdatedBy];
        if (isNew)
        {
            inserts.Add([mark.Id, mark.SchoolId, mark.SchoolYearId, mark.SubjectId, mark.StudentId, mark.Term, (int)mark.Column, .. values]);
        }
        else
        {
            updates.Add([mark.Id, seenVersion, .. values]);
        }
    }

    public void Delete(Mark mark, int seenVersion) => deletes.Add([mark.Id, seenVersion]);

    public async Task RunAsync(AppDbContext db, CancellationToken ct)
    {
        var writes = new SetWrites(db);
        var updated = await writes.UpdateAsync(Table, 2, [Id, Seen, .. Values], updates, ct);
        var deleted = await writes.DeleteAsync(Table, [Id, Seen], deletes, ct);
        if (updated != updates.Count || deleted != deletes.Count)
        {
            throw new DbUpdateConcurrencyException("Một ô điểm vừa được sửa ở nơi khác trong lúc lưu.");
        }
        await writes.InsertAsync(Table, [Id, .. Owner, .. Values], inserts, ct);
    }
}

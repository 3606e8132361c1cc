using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.Data;

/// <summary>A plain command's "student_id is one of @ids", as each engine takes a list: an array, or a JSON array.</summary>
internal static class StudentIds
{
    /// <summary>The condition on column student_id, and the value to bind to @ids.</summary>
    public static (string Condition, object Value) In(AppDbContext db, IEnumerable<Guid> ids) => db.Database.IsSqlite()
        ? ("student_id IN (SELECT value FROM json_each(@ids))", SqliteRows.ToJsonValues(ids.Select(id => (object?)id)))
        : ("student_id = ANY(@ids)", ids.ToArray());
}

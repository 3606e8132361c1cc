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

    public static IQueryable<Sheet> Of(AppDbContext db, SheetRef sheet) =>
        db.Set<Sheet>().Where(s => s.ClassId == sheet.Class.Id && s.SubjectId == sheet.Subject.Id && s.Period == sheet.Period);
}

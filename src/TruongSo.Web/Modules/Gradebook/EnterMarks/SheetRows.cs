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
    /// As <see cref="LockAsync"/> in one statement (UPDATE … RETURNING, the common case of a row that
    /// exists), for saves of marks: the row's id and completion, not tracked.
    /// </summary>
    public static async Task<SheetHold> HoldAsync(AppDbContext db, SheetRef sheet, CancellationToken ct)
    {
        var held = await db.Database.SqlQuery<SheetHold>(
            $"UPDATE gradebook_sheets SET version = version WHERE class_id = {sheet.Class.Id} AND subject_id = {sheet.Subject.Id} AND period = {(int)sheet.Period} RETURNING id AS \"Id\", completed_at AS \"CompletedAt\"")
            .ToListAsync(ct);
        if (held is [var row])
        {
            return row;
        }
        var created = await LockAsync(db, sheet, ct);
        return new SheetHold { Id = created.Id, CompletedAt = created.CompletedAt };
    }

    /// <summary>A completed page that changes is no longer complete: its teacher marks it again.</summary>
    public static Task<int> ClearCompletionAsync(AppDbContext db, Guid sheetId, CancellationToken ct) =>
        db.Set<Sheet>().Where(s => s.Id == sheetId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.CompletedAt, (DateTime?)null).SetProperty(x => x.CompletedBy, (Guid?)null), ct);

    public static IQueryable<Sheet> Of(AppDbContext db, SheetRef sheet) =>
        db.Set<Sheet>().Where(s => s.ClassId == sheet.Class.Id && s.SubjectId == sheet.Subject.Id && s.Period == sheet.Period);
}

/// <summary>What a save of marks needs of its page's row.</summary>
internal sealed class SheetHold
{
    public Guid Id { get; set; }
    public DateTime? CompletedAt { get; set; }
}

using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Organization.ManageClasses;

/// <param name="Version">The version read with the class; a stale one is refused (409).</param>
public sealed record EditClassRequest(string Name, string? Room, Guid Version);

/// <summary>
/// Renames a class or changes its room. Its grade and year stay: students' placements and
/// teaching assignments point at it, and it is never deleted.
/// </summary>
public sealed class EditClass(AppDbContext db, AuditLog audit)
{
    public const string StaleMessage = "Lớp vừa được người khác sửa. Hãy tải lại trang để xem bản mới rồi sửa lại.";

    public async Task<Outcome<ClassDto>?> HandleAsync(Guid id, EditClassRequest request, CancellationToken ct = default)
    {
        var edited = await db.Set<SchoolClass>().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (edited is null)
        {
            return null;
        }
        if (edited.Version != request.Version)
        {
            return Outcome.Stale<ClassDto>(StaleMessage);
        }
        if (await db.Set<SchoolYear>().AnyAsync(y => y.Id == edited.SchoolYearId && y.Status == SchoolYearStatus.Closed, ct))
        {
            return Outcome.Invalid<ClassDto>("name", ClassRules.ClosedYear);
        }
        var errors = new Dictionary<string, string[]>();
        var (name, room) = ClassRules.Check(errors, edited.Grade, request.Name, request.Room);
        await ClassRules.CheckUniqueAsync(db, errors, edited.SchoolYearId, name, edited.Id, ct);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<ClassDto>(errors);
        }
        var before = new { edited.Name, edited.Room };
        (edited.Name, edited.Room, edited.Version) = (name, room, Guid.NewGuid());
        audit.Record(new AuditChange("class.edit", "SchoolClass", id.ToString(), before, new { edited.Name, edited.Room }, SchoolId: edited.SchoolId));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Stale<ClassDto>(StaleMessage);
        }
        return Outcome.Ok(ClassDto.From(edited));
    }
}

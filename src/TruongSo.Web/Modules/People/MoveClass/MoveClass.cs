using TruongSo.Web.Platform.Time;
using System.Security.Claims;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.PlaceInClass;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People.MoveClass;

/// <param name="On">The first day in the new class; the old placement ends that day (default: today).</param>
public sealed record MoveClassRequest(Guid ClassId, DateOnly? On = null);

/// <summary>Chuyển lớp: ends the placement of that year and opens one in the new class; the old one stays in the history.</summary>
public sealed class MoveClassHandler(AppDbContext db, StudentAccess access, ISchoolStructure structure, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<Placed>> HandleAsync(ClaimsPrincipal user, Guid studentId, MoveClassRequest request, CancellationToken ct = default)
    {
        var (student, refused) = await access.ForChangeAsync(user, studentId, ct);
        if ((refused ?? Saving.NotStudying(student!)) is { } no)
        {
            return no;
        }
        if (await structure.ClassAsync(request.ClassId, ct) is not { } target || target.SchoolId != student!.SchoolId)
        {
            return Refusal.Invalid("classId", "Không tìm thấy lớp này trong trường của học sinh.");
        }
        if (student.OpenPlacementIn(target.SchoolYearId) is not { } open)
        {
            return Refusal.Invalid("classId", "Học sinh chưa được xếp lớp trong năm học của lớp này; hãy xếp lớp trước.");
        }
        if (open.ClassId == target.Id)
        {
            return Refusal.Invalid("classId", $"Học sinh đang học lớp {target.Name}.");
        }
        var on = request.On ?? SchoolDay.Today(clock);
        if (on < open.From)
        {
            return Refusal.Invalid("on", $"Ngày chuyển lớp phải từ ngày vào lớp hiện tại ({Labels.Date(open.From)}) trở đi.");
        }
        var from = await structure.ClassAsync(open.ClassId, ct);
        open.To = on;
        var placement = student.Place(target.SchoolYearId, target.Id, on);
        db.Add(placement);
        audit.Record(new AuditChange("student.move-class", "Student", student.Id.ToString(),
            new { open.ClassId, Class = from?.Name }, new { ClassId = target.Id, Class = target.Name, From = on }, SchoolId: student.SchoolId));
        return await db.SaveOrRefuseAsync(ct) is { } stale ? stale : new Placed(placement.Id, target.Id, target.SchoolYearId, on);
    }
}

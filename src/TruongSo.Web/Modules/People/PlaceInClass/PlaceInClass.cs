using TruongSo.Web.Platform.Time;
using System.Security.Claims;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People.PlaceInClass;

public sealed record PlaceInClassRequest(Guid ClassId, DateOnly? From = null);

public sealed record Placed(Guid PlacementId, Guid ClassId, Guid SchoolYearId, DateOnly From);

/// <summary>Xếp lớp: a class of the student's school for a school year; one class at a time within a year.</summary>
public sealed class PlaceInClassHandler(AppDbContext db, StudentAccess access, ISchoolStructure structure, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<Placed>> HandleAsync(ClaimsPrincipal user, Guid studentId, PlaceInClassRequest request, CancellationToken ct = default)
    {
        var (student, refused) = await access.ForChangeAsync(user, studentId, ct);
        if ((refused ?? Saving.NotStudying(student!)) is { } no)
        {
            return no;
        }
        if (await structure.ClassAsync(request.ClassId, ct) is not { } cls || cls.SchoolId != student!.SchoolId)
        {
            return Refusal.Invalid("classId", "Không tìm thấy lớp này trong trường của học sinh.");
        }
        if (student.OpenPlacementIn(cls.SchoolYearId) is { } open)
        {
            var current = await structure.ClassAsync(open.ClassId, ct);
            return Refusal.Invalid("classId", $"Học sinh đang học lớp {current?.Name} trong năm học này; hãy dùng chức năng chuyển lớp.");
        }
        var placement = student.Place(cls.SchoolYearId, cls.Id, request.From ?? SchoolDay.Today(clock));
        db.Add(placement);
        audit.Record(new AuditChange("student.place", "Student", student.Id.ToString(), null,
            new { ClassId = cls.Id, Class = cls.Name, placement.SchoolYearId, placement.From }, SchoolId: student.SchoolId));
        return await db.SaveOrRefuseAsync(ct) is { } stale ? stale : new Placed(placement.Id, cls.Id, cls.SchoolYearId, placement.From);
    }
}

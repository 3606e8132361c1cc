using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Modules.Organization.ViewSchools;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Organization.ManageSchools;

/// <param name="ParentId">The province or commune unit the school now belongs to.</param>
public sealed record MoveSchoolRequest(Guid ParentId, string? Reason = null);

/// <summary>
/// Moves a school to another unit (communes merge, a school changes province). Only its place in
/// the hierarchy changes: its years, classes, subjects and every other module's rows keep their
/// SchoolId, so nothing is lost, and the province's scope follows the new ProvinceId.
/// </summary>
public sealed class MoveSchool(AppDbContext db, AuditLog audit, IMemoryCache cache, FindSchools schools)
{
    public async Task<Outcome<SchoolDto>?> HandleAsync(Guid id, MoveSchoolRequest request, CancellationToken ct = default)
    {
        var unit = await db.Set<OrgUnit>().SingleOrDefaultAsync(u => u.Id == id && u.Kind == OrgUnitKind.School, ct);
        if (unit is null)
        {
            return null;
        }
        var parent = await db.Set<OrgUnit>().AsNoTracking().SingleOrDefaultAsync(u => u.Id == request.ParentId, ct);
        if (parent is not { Kind: OrgUnitKind.Province or OrgUnitKind.Commune })
        {
            return Outcome.Invalid<SchoolDto>("parentId", "Trường chỉ chuyển được về một tỉnh/thành phố hoặc một đơn vị cấp xã.");
        }
        if (request.Reason?.Trim().Length > 500)
        {
            return Outcome.Invalid<SchoolDto>("reason", "Lý do dài tối đa 500 ký tự.");
        }
        if (unit.ParentId != parent.Id)
        {
            var before = new { unit.ParentId, unit.ProvinceId };
            unit.ParentId = parent.Id;
            unit.ProvinceId = parent.Kind == OrgUnitKind.Province ? parent.Id : parent.ProvinceId;
            audit.Record(new AuditChange("school.move", "School", id.ToString(), before, new { unit.ParentId, unit.ProvinceId },
                Reason: string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim(), SchoolId: id));
            await db.SaveChangesAsync(ct);
            OrgDirectory.Forget(cache, id);
        }
        return Outcome.Ok((await schools.FindAsync(id, ct))!);
    }
}

using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Modules.Organization.ManageSchools;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Text;

namespace TruongSo.Web.Modules.Organization.ManageOrgUnits;

/// <param name="School">A school's particulars, already checked (CreateSchool); when missing, guessed from its name.</param>
public sealed record CreateOrgUnitRequest(OrgUnitKind Kind, string Code, string Name, Guid? ParentId, SchoolParticulars? School = null);

/// <summary>
/// Adds a unit under its parent: a province under the Ministry, a commune unit under a province, a
/// school under a province or commune unit. A school gets its particulars row and its subjects in
/// the same save, so that no school exists without them.
/// </summary>
public sealed class CreateOrgUnit(AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<(OrgUnitRef? Unit, Dictionary<string, string[]> Errors)> HandleAsync(CreateOrgUnitRequest request, CancellationToken ct = default)
    {
        var (parent, errors) = await CheckAsync(request, ct);
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        var (code, name) = (request.Code.Trim(), request.Name.Trim()); // checked above
        var unit = new OrgUnit
        {
            Kind = request.Kind,
            Code = code,
            Name = name,
            NameSearch = VietnameseText.Fold(name),
            ParentId = parent?.Id,
            ProvinceId = request.Kind == OrgUnitKind.Province ? null : parent?.Kind == OrgUnitKind.Province ? parent.Id : parent?.ProvinceId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        if (unit.Kind == OrgUnitKind.Province)
        {
            unit.ProvinceId = unit.Id;
        }
        db.Add(unit);
        var school = unit.Kind == OrgUnitKind.School ? request.School ?? SchoolParticulars.FromName(name) : null;
        if (school is not null)
        {
            SchoolSetup.Add(db, unit.Id, school);
        }
        audit.Record(new AuditChange("org-unit.create", "OrgUnit", unit.Id.ToString(), null,
            school is null ? unit.ToRef() : new { Unit = unit.ToRef(), School = school },
            SchoolId: school is null ? null : unit.Id));
        await db.SaveChangesAsync(ct);
        return (unit.ToRef(), errors);
    }

    /// <summary>The problems with a request, field by field, without writing anything.</summary>
    public async Task<(OrgUnit? Parent, Dictionary<string, string[]> Errors)> CheckAsync(CreateOrgUnitRequest request, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        // JSON may carry null where the record says string.
        var code = (request.Code ?? "").Trim();
        var name = (request.Name ?? "").Trim();
        if (code.Length is 0 or > 20)
        {
            errors["code"] = ["Mã đơn vị phải có từ 1 đến 20 ký tự."];
        }
        if (name.Length is 0 or > 200)
        {
            errors["name"] = ["Tên đơn vị phải có từ 1 đến 200 ký tự."];
        }
        var parent = request.ParentId is { } pid ? await db.Set<OrgUnit>().AsNoTracking().SingleOrDefaultAsync(u => u.Id == pid, ct) : null;
        var parentProblem = (request.Kind, parent?.Kind) switch
        {
            (OrgUnitKind.Ministry, null) => null,
            (OrgUnitKind.Province, OrgUnitKind.Ministry) => null,
            (OrgUnitKind.Commune, OrgUnitKind.Province) => null,
            (OrgUnitKind.School, OrgUnitKind.Province or OrgUnitKind.Commune) => null,
            _ => "Đơn vị cấp trên không phù hợp (Bộ → Sở → [xã/phường] → trường).",
        };
        if (parentProblem is not null)
        {
            errors["parentId"] = [parentProblem];
        }
        if (errors.Count == 0 && await db.Set<OrgUnit>().AnyAsync(u => u.Kind == request.Kind && u.Code == code, ct))
        {
            errors["code"] = [$"Mã đơn vị '{code}' đã tồn tại."];
        }
        return (parent, errors);
    }
}

using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.ManageOrgUnits;
using TruongSo.Web.Modules.Organization.ViewSchools;

namespace TruongSo.Web.Modules.Organization.ManageSchools;

/// <param name="ParentId">The province, or the commune unit, the school belongs to.</param>
public sealed record CreateSchoolRequest(
    Guid ParentId, string Code, string Name, SchoolLevel Level, SchoolOwnership Ownership, string? Address,
    int? LowestGrade = null, int? HighestGrade = null, string? Phone = null, string? Email = null);

/// <summary>A new school: its unit in the hierarchy, its particulars and its subjects of the 2018 programme.</summary>
public sealed class CreateSchool(CreateOrgUnit units, FindSchools schools)
{
    public async Task<Outcome<SchoolDto>> HandleAsync(CreateSchoolRequest request, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        var particulars = new SchoolParticulars(request.Level, request.Ownership, request.Address,
            request.LowestGrade, request.HighestGrade, request.Phone, request.Email).Checked(errors);
        var unit = new CreateOrgUnitRequest(OrgUnitKind.School, request.Code, request.Name, request.ParentId, particulars);
        var (_, unitErrors) = await units.CheckAsync(unit, ct);
        foreach (var (field, messages) in unitErrors)
        {
            errors[field] = [.. messages];
        }
        if (errors.Count > 0)
        {
            return Outcome.Invalid<SchoolDto>(errors);
        }
        var (created, late) = await units.HandleAsync(unit, ct); // checks again: someone may have taken the code meanwhile
        return created is null ? Outcome.Invalid<SchoolDto>(late) : Outcome.Ok((await schools.FindAsync(created.Id, ct))!);
    }
}

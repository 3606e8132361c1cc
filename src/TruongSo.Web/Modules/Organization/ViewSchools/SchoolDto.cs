using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Organization.ViewSchools;

/// <summary>A school as the API and the pages show it. Version is sent back with an edit.</summary>
public sealed record SchoolDto(
    Guid Id, string Code, string Name, Guid? ParentId, string? ParentName, Guid? ProvinceId, string? ProvinceName,
    SchoolLevel Level, string LevelName, SchoolOwnership Ownership, string OwnershipName,
    int LowestGrade, int HighestGrade, IReadOnlyList<GradeLevel> Grades,
    string Address, string? Phone, string? Email, Guid Version);

// Member-initialised (not positional) so that EF can filter and order on it after the projection.
internal sealed record SchoolRow
{
    public Guid Id { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string NameSearch { get; init; } = "";
    public Guid? ParentId { get; init; }
    public string? ParentName { get; init; }
    public Guid? ProvinceId { get; init; }
    public string? ProvinceName { get; init; }
    public SchoolLevel Level { get; init; }
    public SchoolOwnership Ownership { get; init; }
    public int LowestGrade { get; init; }
    public int HighestGrade { get; init; }
    public string Address { get; init; } = "";
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public Guid Version { get; init; }

    public SchoolDto ToDto() => new(Id, Code, Name, ParentId, ParentName, ProvinceId, ProvinceName,
        Level, SchoolLevels.Name(Level), Ownership, SchoolKindNames.Of(Ownership),
        LowestGrade, HighestGrade, GradeLevels.Between(LowestGrade, HighestGrade), Address, Phone, Email, Version);
}

internal static class SchoolRows
{
    /// <summary>Every school with its particulars and the names of its parent and province; filter before paging.</summary>
    public static IQueryable<SchoolRow> Query(AppDbContext db) =>
        from u in db.Set<OrgUnit>().AsNoTracking()
        join s in db.Set<School>().AsNoTracking() on u.Id equals s.Id
        from parent in db.Set<OrgUnit>().Where(p => p.Id == u.ParentId).DefaultIfEmpty()
        from province in db.Set<OrgUnit>().Where(p => p.Id == u.ProvinceId).DefaultIfEmpty()
        where u.Kind == OrgUnitKind.School
        select new SchoolRow
        {
            Id = u.Id, Code = u.Code, Name = u.Name, NameSearch = u.NameSearch,
            ParentId = u.ParentId, ParentName = parent == null ? null : parent.Name,
            ProvinceId = u.ProvinceId, ProvinceName = province == null ? null : province.Name,
            Level = s.Level, Ownership = s.Ownership, LowestGrade = s.LowestGrade, HighestGrade = s.HighestGrade,
            Address = s.Address, Phone = s.Phone, Email = s.Email, Version = s.Version,
        };
}

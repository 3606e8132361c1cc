using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.ViewSchools;

namespace TruongSo.Web.Modules.Organization.ManageSchools;

/// <summary>The school forms' fields, as posted.</summary>
public sealed class SchoolInput
{
    public Guid ParentId { get; set; }
    public string? Code { get; set; }
    public string? Name { get; set; }
    public SchoolLevel Level { get; set; } = SchoolLevel.LowerSecondary;
    public SchoolOwnership Ownership { get; set; }
    public int? LowestGrade { get; set; }
    public int? HighestGrade { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public Guid Version { get; set; }

    internal static SchoolInput From(SchoolDto s) => new()
    {
        Name = s.Name, Level = s.Level, Ownership = s.Ownership, LowestGrade = s.LowestGrade, HighestGrade = s.HighestGrade,
        Address = s.Address, Phone = s.Phone, Email = s.Email, Version = s.Version,
    };
}

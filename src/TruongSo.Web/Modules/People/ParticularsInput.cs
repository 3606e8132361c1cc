using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Web.Modules.People;

/// <summary>A student's particulars as a page's form holds them.</summary>
public class ParticularsInput
{
    public string? FullName { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public Gender? Gender { get; set; }
    public string? Ethnicity { get; set; } = "01";
    public string? PersonalId { get; set; }
    public string? PlaceOfBirth { get; set; }
    public string? Address { get; set; }
    public string? SpecialNeeds { get; set; }
    public string? Exemptions { get; set; }
}

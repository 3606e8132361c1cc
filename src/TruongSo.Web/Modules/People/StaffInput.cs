using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Rules;

namespace TruongSo.Web.Modules.People;

/// <summary>A staff record as a page's form holds it; subjects as "TOAN, TINHOC".</summary>
public class StaffInput
{
    public string? StaffCode { get; set; }
    public string? FullName { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public Gender? Gender { get; set; }
    public string? PersonalId { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Position { get; set; } = "giao-vien";
    public string? Qualification { get; set; }
    public string? MainSubjects { get; set; }
    public string? Employment { get; set; }

    public IReadOnlyList<string> SubjectList => StaffValidation.Subjects([MainSubjects ?? ""]);
}

using TruongSo.Web.Modules.People.Rules;
using TruongSo.Web.Platform.Text;

namespace TruongSo.Web.Modules.People.Data;

public sealed partial class StaffMember
{
    /// <summary>The record as validated by <see cref="StaffValidation"/>; a new version, so stale forms answer 409.</summary>
    public void Apply(StaffFields f)
    {
        FullName = Student.NormalizeName(f.FullName);
        NameSearch = VietnameseText.Fold(FullName);
        SortKey = VietnameseText.SortKey(FullName);
        DateOfBirth = f.DateOfBirth;
        Gender = f.Gender!.Value;
        PersonalId = Blank(f.PersonalId);
        Phone = StudentValidation.NormalizePhone(f.Phone);
        Email = Blank(f.Email);
        Position = f.Position!;
        Qualification = Blank(f.Qualification);
        Employment = Blank(f.Employment);
        MainSubjects = StaffValidation.Subjects(f.MainSubjects) is { Count: > 0 } subjects ? string.Join(',', subjects) : null;
        Version = Guid.NewGuid();
    }

    public IReadOnlyList<string> SubjectCodes => MainSubjects?.Split(',') ?? [];

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

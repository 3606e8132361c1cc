using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Rules;
using TruongSo.Web.Platform.Text;

namespace TruongSo.Web.Modules.People.Data;

/// <summary>
/// What happens to a profile over a school life. Callers load <see cref="Enrolments"/> and
/// <see cref="Placements"/> first, and add the rows that <see cref="Admit"/> and <see cref="Place"/>
/// return to the DbContext (ids are set here, so EF would otherwise take them for existing rows).
/// Every change gives the profile a new <see cref="Version"/>, so that a form opened before it
/// answers 409 instead of overwriting it.
/// </summary>
public sealed partial class Student
{
    /// <summary>The particulars as validated by <see cref="StudentValidation"/>; the code is never touched here.</summary>
    public void ApplyParticulars(StudentFields f)
    {
        FullName = NormalizeName(f.FullName);
        NameSearch = VietnameseText.Fold(FullName);
        SortKey = VietnameseText.SortKey(FullName);
        DateOfBirth = f.DateOfBirth!.Value;
        Gender = f.Gender!.Value;
        EthnicityCode = Ethnicities.Find(f.Ethnicity ?? "Kinh")!;
        PersonalId = Blank(f.PersonalId);
        PlaceOfBirth = Blank(f.PlaceOfBirth);
        Address = Blank(f.Address);
        SpecialNeeds = Blank(f.SpecialNeeds);
        Exemptions = Blank(f.Exemptions);
        Touch();
    }

    /// <summary>Starts a stay at a school (first admission, re-admission, or the receiving end of a transfer).</summary>
    public Enrolment Admit(Guid schoolId, DateOnly on, string? note = null)
    {
        var stay = new Enrolment { StudentId = Id, SchoolId = schoolId, AdmittedOn = on, Note = Blank(note) };
        Enrolments.Add(stay);
        SchoolId = schoolId;
        Status = StudentStatus.Studying;
        Touch();
        return stay;
    }

    /// <summary>The open stay at the school holding the profile, if the student studies there.</summary>
    public Enrolment? CurrentEnrolment =>
        Enrolments.Where(e => e.SchoolId == SchoolId && e.LeftOn is null).OrderByDescending(e => e.AdmittedOn).FirstOrDefault();

    /// <summary>Ends the current stay and any open class placement on <paramref name="on"/>; the history stays.</summary>
    public void Leave(DateOnly on, LeaveReason reason, Guid? destinationSchoolId = null, string? note = null)
    {
        if (CurrentEnrolment is { } stay)
        {
            stay.LeftOn = on;
            stay.LeftReason = reason;
            stay.DestinationSchoolId = destinationSchoolId;
            stay.Note = Blank(note) ?? stay.Note;
        }
        foreach (var placement in Placements.Where(p => p.To is null))
        {
            placement.To = on;
        }
        Status = reason switch
        {
            LeaveReason.Withdrawn => StudentStatus.Withdrawn,
            LeaveReason.Graduated => StudentStatus.Graduated,
            _ => StudentStatus.TransferredOut,
        };
        Touch();
    }

    public ClassPlacement? OpenPlacementIn(Guid schoolYearId) =>
        Placements.FirstOrDefault(p => p.SchoolYearId == schoolYearId && p.To is null);

    public ClassPlacement Place(Guid schoolYearId, Guid classId, DateOnly from)
    {
        var placement = new ClassPlacement { StudentId = Id, SchoolId = SchoolId, SchoolYearId = schoolYearId, ClassId = classId, From = from };
        Placements.Add(placement);
        Touch();
        return placement;
    }

    public void Touch() => Version = Guid.NewGuid();

    public static string NormalizeName(string? name) =>
        string.Join(' ', (name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Normalize(System.Text.NormalizationForm.FormC);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

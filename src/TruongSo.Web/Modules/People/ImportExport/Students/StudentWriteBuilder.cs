using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Modules.People.ImportExport.Bulk;
using TruongSo.Web.Modules.People.Rules;
using TruongSo.Web.Platform.Text;

namespace TruongSo.Web.Modules.People.ImportExport.Students;

/// <summary>
/// Turns checked rows into rows to write. An update never erases: an empty optional cell keeps
/// what the database has. A student found at another school who is no longer studying there
/// (graduated from THCS, say) moves to this school with a new enrolment.
/// </summary>
internal sealed class StudentWriteBuilder(ImportTarget target, StudentLookup lookup)
{
    private readonly Dictionary<string, Guid> newGuardians = new(StringComparer.Ordinal);

    public StudentWriteSet Set { get; } = new();

    public void Add(StudentRow row, Student? existing, string? newCode)
    {
        var student = existing is null ? Create(row, newCode!) : Update(existing, row);
        var arriving = existing is null || existing.SchoolId != target.SchoolId;
        if (arriving)
        {
            student.SchoolId = target.SchoolId;
            student.Status = StudentStatus.Studying;
            Set.Enrolments.Add(new Enrolment { StudentId = student.Id, SchoolId = target.SchoolId, AdmittedOn = row.AdmittedOn ?? target.Today });
        }
        (existing is null ? Set.NewStudents : Set.UpdatedStudents).Add(student);
        Place(row, student.Id, arriving);
        Link(row, student.Id, existing is null);
    }

    private Student Create(StudentRow row, string newCode) =>
        Fill(new Student { StudentCode = row.Code ?? newCode, CreatedAt = target.Now }, row, null);

    private static Student Update(Student existing, StudentRow row) => Fill(new Student
    {
        Id = existing.Id,
        SchoolId = existing.SchoolId,
        StudentCode = existing.StudentCode,
        Status = existing.Status,
        CreatedAt = existing.CreatedAt,
        PhotoPath = existing.PhotoPath,
    }, row, existing);

    /// <summary>Through the entity's own ApplyParticulars, as the admission form does; on update an empty cell keeps the old value.</summary>
    private static Student Fill(Student s, StudentRow row, Student? old)
    {
        s.ApplyParticulars(new StudentFields(null, row.PersonalId ?? old?.PersonalId, row.FullName, row.DateOfBirth, row.Gender,
            row.EthnicityCode ?? old?.EthnicityCode ?? "01", row.PlaceOfBirth ?? old?.PlaceOfBirth, row.Address ?? old?.Address,
            row.SpecialNeeds ?? old?.SpecialNeeds, row.Exemptions ?? old?.Exemptions));
        return s;
    }

    /// <summary>Into the named class of the current year; a student already in another class of that year moves today.</summary>
    private void Place(StudentRow row, Guid studentId, bool arriving)
    {
        if (row.ClassName is null || target.Year is not { } year || !target.Classes.TryGetValue(row.ClassName.ToUpperInvariant(), out var cls))
        {
            return;
        }
        var current = arriving ? (Guid?)null : lookup.OpenPlacementClass.TryGetValue(studentId, out var c) ? c : null;
        if (current == cls.Id)
        {
            return;
        }
        if (current is not null)
        {
            Set.ClosedPlacements.Add(new ClassPlacement { StudentId = studentId, SchoolId = target.SchoolId, SchoolYearId = year.Id, ClassId = current.Value, From = target.Today, To = target.Today });
        }
        var from = arriving ? row.AdmittedOn ?? target.Today : target.Today;
        Set.Placements.Add(new ClassPlacement { StudentId = studentId, SchoolId = target.SchoolId, SchoolYearId = year.Id, ClassId = cls.Id, From = from < year.Term1Start && arriving ? year.Term1Start : from });
    }

    /// <summary>A guardian is one phone number across all schools: found by it, or created once per file.</summary>
    private void Link(StudentRow row, Guid studentId, bool isNew)
    {
        if (row.GuardianPhone is not { } phone || row.GuardianName is not { } name)
        {
            return;
        }
        if (!lookup.GuardianByPhone.TryGetValue(phone, out var guardianId) && !newGuardians.TryGetValue(phone, out guardianId))
        {
            var guardian = new Guardian { FullName = name, NameSearch = VietnameseText.Fold(name), Phone = phone, CreatedAt = target.Now };
            Set.Guardians.Add(guardian);
            newGuardians[phone] = guardianId = guardian.Id;
        }
        if (!lookup.Links.Add((studentId, guardianId)))
        {
            return;
        }
        var primary = isNew || !lookup.StudentsWithGuardians.Contains(studentId);
        lookup.StudentsWithGuardians.Add(studentId);
        Set.Links.Add(new StudentGuardian { StudentId = studentId, GuardianId = guardianId, Relation = row.GuardianRelation!, IsPrimaryContact = primary });
    }
}

using TruongSo.Web.Platform.Time;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Modules.People.Rules;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People.AdmitStudent;

public sealed record AdmitStudentRequest(
    Guid SchoolId, string? StudentCode, string? PersonalId, string? FullName, DateOnly? DateOfBirth, Gender? Gender,
    string? Ethnicity = null, string? PlaceOfBirth = null, string? Address = null, string? SpecialNeeds = null,
    string? Exemptions = null, DateOnly? AdmittedOn = null, Guid? ClassId = null)
{
    public StudentFields Fields => new(StudentCode?.Trim(), PersonalId?.Replace(" ", "", StringComparison.Ordinal),
        FullName ?? "", DateOfBirth, Gender, Ethnicity, PlaceOfBirth, Address, SpecialNeeds, Exemptions);
}

/// <param name="Readmitted">True when an existing profile (a student who had left a school) was taken up again.</param>
public sealed record AdmittedStudent(Guid Id, string StudentCode, bool Readmitted);

/// <summary>
/// Tiếp nhận học sinh: the profile, a stay at the school and, if a class is given, a place in it.
/// A student who left a school earlier (graduated from THCS, withdrew) keeps their lifelong code:
/// admitting them again takes up the same profile rather than making a second one.
/// </summary>
public sealed class AdmitStudentHandler(AppDbContext db, StudentAccess access, IOrgDirectory org, ISchoolStructure structure,
    StudentIdentity identity, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<AdmittedStudent>> HandleAsync(ClaimsPrincipal user, AdmitStudentRequest request, CancellationToken ct = default)
    {
        if (!await access.CanManageSchoolAsync(user, request.SchoolId, ct))
        {
            return Refusal.Forbidden("Bạn không quản lý học sinh của trường này.");
        }
        if (await org.FindAsync(request.SchoolId, ct) is not { Kind: OrgUnitKind.School } school)
        {
            return Refusal.Invalid("schoolId", "Đơn vị này không phải là trường học.");
        }
        var fields = request.Fields;
        var errors = StudentValidation.Check(fields, SchoolDay.Today(clock));
        var placeIn = request.ClassId is { } classId ? await structure.ClassAsync(classId, ct) : null;
        if (request.ClassId is not null && placeIn?.SchoolId != school.Id)
        {
            errors["classId"] = "Không tìm thấy lớp này trong trường.";
        }
        var existing = errors.Count == 0 ? await identity.ExistingForAdmissionAsync(fields, school.Id, errors, ct) : null;
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        var student = existing ?? new Student
        {
            StudentCode = fields.StudentCode is { Length: > 0 } code ? code : await identity.NewCodeAsync(school, ct),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        // A school taking a student up again may not have the personal ID to hand; keep the one on file.
        student.ApplyParticulars(existing is not null && string.IsNullOrWhiteSpace(fields.PersonalId) ? fields with { PersonalId = existing.PersonalId } : fields);
        var on = request.AdmittedOn ?? SchoolDay.Today(clock);
        // New rows join the unit of work explicitly: EF would take a child with its id already set,
        // found through a tracked profile's collection, for an existing row.
        db.Add(student.Admit(school.Id, on));
        if (placeIn is not null)
        {
            db.Add(student.Place(placeIn.SchoolYearId, placeIn.Id, on));
        }
        if (existing is null)
        {
            db.Add(student);
        }
        audit.Record(new AuditChange(existing is null ? "student.admit" : "student.readmit", "Student", student.Id.ToString(), null,
            new { student.StudentCode, student.FullName, student.DateOfBirth, AdmittedOn = on, ClassId = placeIn?.Id }, SchoolId: school.Id));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two clerks admitting the same child at once: the unique indexes decide, the loser hears why.
            return Refusal.Conflict("Mã định danh hoặc số định danh cá nhân vừa được dùng cho một hồ sơ khác. Hãy tải lại và kiểm tra.");
        }
        return new AdmittedStudent(student.Id, student.StudentCode, existing is not null);
    }
}

using TruongSo.Web.Platform.Time;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.People.AdmitStudent;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Modules.People.Rules;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People.EditStudent;

/// <param name="Version">The version read with the profile; a newer one on file answers 409.</param>
/// <param name="StudentCode">May be sent back unchanged; any other value is refused, the code being for life.</param>
public sealed record EditStudentRequest(
    Guid Version, string? StudentCode, string? PersonalId, string? FullName, DateOnly? DateOfBirth, Gender? Gender,
    string? Ethnicity = null, string? PlaceOfBirth = null, string? Address = null, string? SpecialNeeds = null, string? Exemptions = null);

public sealed record EditedStudent(Guid Id, Guid Version);

/// <summary>Sửa lý lịch: the particulars, never the lifelong code, and only over the version the editor saw.</summary>
public sealed class EditStudentHandler(AppDbContext db, StudentAccess access, StudentIdentity identity, AuditLog audit, TimeProvider clock)
{
    public const string CodeNeverChanges = "Mã định danh học sinh không bao giờ thay đổi (Thông tư 42/2021/TT-BGDĐT, Điều 10).";

    public async Task<Outcome<EditedStudent>> HandleAsync(ClaimsPrincipal user, Guid studentId, EditStudentRequest request, CancellationToken ct = default)
    {
        var (student, refused) = await access.ForChangeAsync(user, studentId, ct);
        if (refused is not null)
        {
            return refused;
        }
        if (!string.IsNullOrWhiteSpace(request.StudentCode) && request.StudentCode.Trim() != student!.StudentCode)
        {
            return Refusal.Invalid("studentCode", CodeNeverChanges);
        }
        if (request.Version != student!.Version)
        {
            return Refusal.StaleVersion;
        }
        var fields = new StudentFields(student.StudentCode, request.PersonalId?.Replace(" ", "", StringComparison.Ordinal),
            request.FullName ?? "", request.DateOfBirth, request.Gender, request.Ethnicity, request.PlaceOfBirth,
            request.Address, request.SpecialNeeds, request.Exemptions);
        var errors = StudentValidation.Check(fields, SchoolDay.Today(clock));
        if (!errors.ContainsKey("personalId") && await identity.PersonalIdTakenAsync(fields.PersonalId, student.Id, ct))
        {
            errors["personalId"] = $"Số định danh cá nhân {fields.PersonalId!.Trim()} đã có trong hồ sơ một học sinh khác.";
        }
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        var before = Snapshot(student);
        student.ApplyParticulars(fields);
        audit.Record(new AuditChange("student.edit", "Student", student.Id.ToString(), before, Snapshot(student), SchoolId: student.SchoolId));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Refusal.StaleVersion;
        }
        catch (DbUpdateException)
        {
            return Refusal.Invalid("personalId", "Số định danh cá nhân vừa được dùng cho một hồ sơ khác.");
        }
        return new EditedStudent(student.Id, student.Version);
    }

    private static object Snapshot(Student s) => new
    {
        s.PersonalId, s.FullName, s.DateOfBirth, s.Gender, s.EthnicityCode, s.PlaceOfBirth, s.Address, s.SpecialNeeds, s.Exemptions,
    };
}

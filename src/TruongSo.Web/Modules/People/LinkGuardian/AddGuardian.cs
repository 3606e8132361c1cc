using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Modules.People.Rules;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Text;

namespace TruongSo.Web.Modules.People.LinkGuardian;

public sealed record AddGuardianRequest(string? FullName, string? Phone, string? Relation, bool IsPrimaryContact = false,
    string? Email = null, string? Occupation = null, string? Address = null);

/// <param name="ExistingGuardian">True when a guardian with that phone was already known (perhaps at another school) and was linked as they are.</param>
public sealed record GuardianLinked(Guid GuardianId, string FullName, string Phone, bool ExistingGuardian);

/// <summary>
/// Thêm cha mẹ / người giám hộ. A guardian is known by their phone number across all schools, so a
/// parent with children in two schools is one guardian (and one sign-in) linked to both.
/// </summary>
public sealed class AddGuardianHandler(AppDbContext db, StudentAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<GuardianLinked>> HandleAsync(ClaimsPrincipal user, Guid studentId, AddGuardianRequest request, CancellationToken ct = default)
    {
        var (student, refused) = await access.ForChangeAsync(user, studentId, ct);
        if (refused is not null)
        {
            return refused;
        }
        var errors = new Dictionary<string, string>();
        var phone = StudentValidation.NormalizePhone(request.Phone);
        if (phone is null)
        {
            errors["phone"] = "Số điện thoại phải gồm 10 chữ số, bắt đầu bằng 0.";
        }
        if (GuardianRelations.Check(request.Relation) is { } badRelation)
        {
            errors["relation"] = badRelation;
        }
        var guardian = phone is null ? null : await db.Set<Guardian>().SingleOrDefaultAsync(g => g.Phone == phone, ct);
        var name = Student.NormalizeName(request.FullName);
        if (guardian is null && name.Length is 0 or > 120)
        {
            errors["fullName"] = "Họ và tên người giám hộ phải có từ 1 đến 120 ký tự.";
        }
        var links = await db.Set<StudentGuardian>().Where(l => l.StudentId == student!.Id).ToListAsync(ct);
        if (guardian is not null && links.Any(l => l.GuardianId == guardian.Id))
        {
            errors["phone"] = $"{guardian.FullName} ({phone}) đã là người giám hộ của học sinh này.";
        }
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        var existing = guardian is not null;
        if (guardian is null)
        {
            guardian = new Guardian
            {
                FullName = name, NameSearch = VietnameseText.Fold(name), Phone = phone!, CreatedAt = clock.GetUtcNow().UtcDateTime,
                Email = Blank(request.Email), Occupation = Blank(request.Occupation), Address = Blank(request.Address),
            };
            db.Add(guardian);
        }
        var primary = request.IsPrimaryContact || links.Count == 0; // the first guardian is the one the school calls
        if (primary)
        {
            links.ForEach(l => l.IsPrimaryContact = false);
        }
        db.Add(new StudentGuardian { StudentId = student!.Id, GuardianId = guardian.Id, Relation = request.Relation!, IsPrimaryContact = primary });
        student.Touch();
        audit.Record(new AuditChange("student.guardian-add", "Student", student.Id.ToString(), null,
            new { GuardianId = guardian.Id, guardian.FullName, guardian.Phone, request.Relation, primary, existing }, SchoolId: student.SchoolId));
        try
        {
            return await db.SaveOrRefuseAsync(ct) is { } stale ? stale : new GuardianLinked(guardian.Id, guardian.FullName, guardian.Phone, existing);
        }
        catch (DbUpdateException)
        {
            return Refusal.Conflict("Số điện thoại này vừa được dùng cho một người giám hộ khác; hãy thử lại.");
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Modules.People.Rules;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Text;

namespace TruongSo.Web.Modules.People.EditGuardian;

public sealed record EditGuardianRequest(Guid Version, string? FullName, string? Phone, string? Email = null, string? Occupation = null, string? Address = null);

public sealed record EditedGuardian(Guid Id, Guid Version);

/// <summary>
/// Sửa thông tin người giám hộ. The guardian may be shared with other schools, so any school that
/// manages one of their children may correct them, and every change is on that school's audit chain.
/// </summary>
public sealed class EditGuardianHandler(AppDbContext db, StudentAccess access, AuditLog audit)
{
    public async Task<Outcome<EditedGuardian>> HandleAsync(ClaimsPrincipal user, Guid guardianId, EditGuardianRequest request, CancellationToken ct = default)
    {
        if (!await (await access.VisibleGuardiansAsync(user, ct)).AnyAsync(g => g.Id == guardianId, ct))
        {
            return Refusal.NotFound("người giám hộ này");
        }
        var children = await db.Set<StudentGuardian>().Where(l => l.GuardianId == guardianId)
            .Join(db.Set<Student>(), l => l.StudentId, s => s.Id, (l, s) => s).ToListAsync(ct);
        Student? managed = null;
        foreach (var child in children)
        {
            if (await access.WriteRefusalAsync(user, child, ct) is null)
            {
                managed = child;
                break;
            }
        }
        if (managed is null)
        {
            return Refusal.Forbidden("Bạn chỉ được xem thông tin người giám hộ này.");
        }
        var guardian = await db.Set<Guardian>().SingleAsync(g => g.Id == guardianId, ct);
        if (request.Version != guardian.Version)
        {
            return Refusal.StaleVersion;
        }
        var errors = new Dictionary<string, string>();
        var name = Student.NormalizeName(request.FullName);
        if (name.Length is 0 or > 120)
        {
            errors["fullName"] = "Họ và tên người giám hộ phải có từ 1 đến 120 ký tự.";
        }
        var phone = StudentValidation.NormalizePhone(request.Phone);
        if (phone is null)
        {
            errors["phone"] = "Số điện thoại phải gồm 10 chữ số, bắt đầu bằng 0.";
        }
        else if (await db.Set<Guardian>().AnyAsync(g => g.Phone == phone && g.Id != guardianId, ct))
        {
            errors["phone"] = $"Số điện thoại {phone} đã thuộc một người giám hộ khác.";
        }
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        var before = new { guardian.FullName, guardian.Phone, guardian.Email, guardian.Occupation, guardian.Address };
        (guardian.FullName, guardian.NameSearch, guardian.Phone) = (name, VietnameseText.Fold(name), phone!);
        (guardian.Email, guardian.Occupation, guardian.Address) = (Blank(request.Email), Blank(request.Occupation), Blank(request.Address));
        guardian.Version = Guid.NewGuid();
        audit.Record(new AuditChange("guardian.edit", "Guardian", guardian.Id.ToString(), before,
            new { guardian.FullName, guardian.Phone, guardian.Email, guardian.Occupation, guardian.Address }, SchoolId: managed.SchoolId));
        try
        {
            return await db.SaveOrRefuseAsync(ct) is { } stale ? stale : new EditedGuardian(guardian.Id, guardian.Version);
        }
        catch (DbUpdateException)
        {
            return Refusal.Invalid("phone", $"Số điện thoại {phone} vừa được dùng cho một người giám hộ khác.");
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

using TruongSo.Web.Platform.Time;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Modules.People.Rules;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People.AddStaff;

public sealed record AddStaffRequest(
    Guid SchoolId, string? StaffCode, string? FullName, DateOnly? DateOfBirth, Gender? Gender, string? Position,
    string? Qualification = null, IReadOnlyList<string>? MainSubjects = null, string? Employment = null,
    string? PersonalId = null, string? Phone = null, string? Email = null)
{
    public StaffFields Fields => new(StaffCode, FullName, DateOfBirth, Gender, PersonalId, Phone, Email, Position, Qualification, MainSubjects, Employment);
}

public sealed record AddedStaff(Guid Id, string StaffCode);

/// <summary>Thêm cán bộ, giáo viên, nhân viên vào hồ sơ của trường.</summary>
public sealed class AddStaffHandler(AppDbContext db, StaffAccess access, IOrgDirectory org, ISchoolStructure structure, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<AddedStaff>> HandleAsync(ClaimsPrincipal user, AddStaffRequest request, CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(user, request.SchoolId, ct))
        {
            return Refusal.Forbidden("Bạn không quản lý cán bộ của trường này.");
        }
        if (await org.FindAsync(request.SchoolId, ct) is not { Kind: OrgUnitKind.School })
        {
            return Refusal.Invalid("schoolId", "Đơn vị này không phải là trường học.");
        }
        var subjects = (await structure.SubjectsAsync(request.SchoolId, ct)).Select(s => s.Code.ToUpperInvariant()).ToHashSet();
        var errors = StaffValidation.Check(request.Fields, SchoolDay.Today(clock), subjects);
        var code = request.StaffCode?.Trim();
        if (!string.IsNullOrEmpty(code) && await db.Set<StaffMember>().AnyAsync(s => s.SchoolId == request.SchoolId && s.StaffCode == code, ct))
        {
            errors["staffCode"] = $"Mã cán bộ {code} đã có ở trường.";
        }
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        var member = new StaffMember
        {
            SchoolId = request.SchoolId,
            StaffCode = string.IsNullOrEmpty(code) ? await NextCodeAsync(request.SchoolId, ct) : code,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        member.Apply(request.Fields);
        db.Add(member);
        audit.Record(new AuditChange("staff.add", "StaffMember", member.Id.ToString(), null,
            new { member.StaffCode, member.FullName, member.Position }, SchoolId: member.SchoolId));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Refusal.Conflict($"Mã cán bộ {member.StaffCode} vừa được dùng; hãy thử lại.");
        }
        return new AddedStaff(member.Id, member.StaffCode);
    }

    /// <summary>CB0001, CB0002, ... the first free one of the school.</summary>
    private async Task<string> NextCodeAsync(Guid schoolId, CancellationToken ct)
    {
        var n = await db.Set<StaffMember>().CountAsync(s => s.SchoolId == schoolId, ct);
        string code;
        do
        {
            code = $"CB{++n:D4}";
        }
        while (await db.Set<StaffMember>().AnyAsync(s => s.SchoolId == schoolId && s.StaffCode == code, ct));
        return code;
    }
}

using TruongSo.Web.Platform.Time;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Modules.People.Rules;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People.EditStaff;

public sealed record EditStaffRequest(
    Guid Version, string? StaffCode, string? FullName, DateOnly? DateOfBirth, Gender? Gender, string? Position,
    string? Qualification = null, IReadOnlyList<string>? MainSubjects = null, string? Employment = null,
    string? PersonalId = null, string? Phone = null, string? Email = null)
{
    public StaffFields Fields => new(StaffCode, FullName, DateOfBirth, Gender, PersonalId, Phone, Email, Position, Qualification, MainSubjects, Employment);
}

public sealed record EditedStaff(Guid Id, Guid Version, StaffStatus Status);

/// <summary>Sửa hồ sơ cán bộ, or record that they have left the school (the record stays, for history).</summary>
public sealed class EditStaffHandler(AppDbContext db, StaffAccess access, ISchoolStructure structure, IAccountProvisioning accounts, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<EditedStaff>> HandleAsync(ClaimsPrincipal user, Guid staffId, EditStaffRequest request, CancellationToken ct = default)
    {
        var (member, refused) = await access.ForChangeAsync(user, staffId, ct);
        if (refused is not null)
        {
            return refused;
        }
        if (request.Version != member!.Version)
        {
            return Refusal.StaleVersion;
        }
        var subjects = (await structure.SubjectsAsync(member.SchoolId, ct)).Select(s => s.Code.ToUpperInvariant()).ToHashSet();
        var errors = StaffValidation.Check(request.Fields, SchoolDay.Today(clock), subjects);
        var code = string.IsNullOrWhiteSpace(request.StaffCode) ? member.StaffCode : request.StaffCode.Trim();
        if (code != member.StaffCode && await db.Set<StaffMember>().AnyAsync(s => s.SchoolId == member.SchoolId && s.StaffCode == code, ct))
        {
            errors["staffCode"] = $"Mã cán bộ {code} đã có ở trường.";
        }
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        var before = Snapshot(member);
        member.StaffCode = code;
        member.Apply(request.Fields);
        audit.Record(new AuditChange("staff.edit", "StaffMember", member.Id.ToString(), before, Snapshot(member), SchoolId: member.SchoolId));
        return await db.SaveOrRefuseAsync(ct) is { } stale ? stale : new EditedStaff(member.Id, member.Version, member.Status);
    }

    public async Task<Outcome<EditedStaff>> MarkLeftAsync(ClaimsPrincipal user, Guid staffId, string? reason, CancellationToken ct = default)
    {
        var (member, refused) = await access.ForChangeAsync(user, staffId, ct);
        if (refused is not null)
        {
            return refused;
        }
        if (member!.Status == StaffStatus.Left)
        {
            return Refusal.Conflict("Cán bộ này đã được ghi nhận nghỉ việc.");
        }
        member.Status = StaffStatus.Left;
        member.Version = Guid.NewGuid();
        if (member.UserId is { } account)
        {
            // Leaving the school ends the account's rights there; the account itself stays (other schools, history).
            await accounts.RevokeAllOnAsync(account, member.SchoolId, "Nghỉ việc tại trường", ct);
        }
        audit.Record(new AuditChange("staff.leave", "StaffMember", member.Id.ToString(), new { Status = StaffStatus.Working },
            new { member.Status }, reason, SchoolId: member.SchoolId));
        return await db.SaveOrRefuseAsync(ct) is { } stale ? stale : new EditedStaff(member.Id, member.Version, member.Status);
    }

    private static object Snapshot(StaffMember s) => new
    {
        s.StaffCode, s.FullName, s.DateOfBirth, s.Gender, s.PersonalId, s.Phone, s.Email, s.Position, s.Qualification, s.MainSubjects, s.Employment,
    };
}

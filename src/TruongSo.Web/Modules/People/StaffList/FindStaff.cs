using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Modules.People.Rules;
using TruongSo.Web.Platform.Text;
using TruongSo.Web.Platform.Web;

namespace TruongSo.Web.Modules.People.StaffList;

public sealed record StaffFilter(Guid? SchoolId = null, string? Position = null, StaffStatus? Status = null, string? Q = null);

public sealed record StaffDto(
    Guid Id, Guid SchoolId, string SchoolName, string StaffCode, string FullName, DateOnly? DateOfBirth, Gender Gender,
    string? PersonalId, string? Phone, string? Email, string Position, string PositionName, string? Qualification,
    string QualificationName, IReadOnlyList<string> MainSubjects, string? Employment, string EmploymentName,
    Guid? UserId, StaffStatus Status, Guid Version);

/// <summary>Danh sách cán bộ of the schools the caller may see, in Vietnamese order; also one record by id.</summary>
public sealed class FindStaff(StaffAccess access, IOrgDirectory org)
{
    public async Task<Paged<StaffDto>> HandleAsync(ClaimsPrincipal user, StaffFilter filter, PageQuery page, CancellationToken ct = default)
    {
        var staff = await access.VisibleAsync(user, ct);
        if (filter.SchoolId is { } schoolId)
        {
            staff = staff.Where(s => s.SchoolId == schoolId);
        }
        if (!string.IsNullOrEmpty(filter.Position))
        {
            staff = staff.Where(s => s.Position == filter.Position);
        }
        if (filter.Status is { } status)
        {
            staff = staff.Where(s => s.Status == status);
        }
        if (VietnameseText.Fold(filter.Q) is { Length: > 0 } term)
        {
            var exact = filter.Q!.Trim();
            var pattern = $"%{term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)}%";
            staff = staff.Where(s => EF.Functions.Like(s.NameSearch, pattern, "\\") || s.StaffCode == exact || s.PersonalId == exact);
        }
        var rows = await staff.OrderBy(s => s.SortKey).ThenBy(s => s.FullName).ThenBy(s => s.Id).ToPageAsync(page, ct);
        var items = new List<StaffDto>(rows.Items.Count);
        foreach (var s in rows.Items)
        {
            items.Add(await ToDtoAsync(s, ct));
        }
        return new Paged<StaffDto>(items, rows.Page, rows.PageSize, rows.TotalCount);
    }

    public async Task<StaffDto?> FindAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default) =>
        await (await access.VisibleAsync(user, ct)).SingleOrDefaultAsync(s => s.Id == id, ct) is { } s ? await ToDtoAsync(s, ct) : null;

    private async Task<StaffDto> ToDtoAsync(StaffMember s, CancellationToken ct) => new(
        s.Id, s.SchoolId, (await org.FindAsync(s.SchoolId, ct))?.Name ?? "?", s.StaffCode, s.FullName, s.DateOfBirth, s.Gender,
        s.PersonalId, s.Phone, s.Email, s.Position, StaffCodes.Name(StaffCodes.Positions, s.Position), s.Qualification,
        StaffCodes.Name(StaffCodes.Qualifications, s.Qualification), s.SubjectCodes, s.Employment,
        StaffCodes.Name(StaffCodes.Employments, s.Employment), s.UserId, s.Status, s.Version);
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Text;
using TruongSo.Web.Platform.Web;

namespace TruongSo.Web.Modules.People.StudentList;

/// <param name="SchoolId">Students who study or studied at this school; their status is then as this school sees it.</param>
/// <param name="ClassId">Students in this class now (an open placement).</param>
/// <param name="Q">Part of the name, without marks or case ("nguyen van an"), or a whole student code or personal ID.</param>
public sealed record StudentFilter(Guid? SchoolId = null, Guid? ClassId = null, Guid? SchoolYearId = null, StudentStatus? Status = null, string? Q = null);

public sealed record StudentListItem(Guid Id, string StudentCode, string FullName, DateOnly DateOfBirth, Gender Gender,
    StudentStatus Status, Guid SchoolId, string SchoolName, Guid? ClassId, string? ClassName);

/// <summary>Danh sách học sinh: the visible students, filtered, in Vietnamese order (given name first).</summary>
public sealed class FindStudents(StudentAccess access, IOrgDirectory org, ISchoolStructure structure)
{
    public async Task<Paged<StudentListItem>> HandleAsync(ClaimsPrincipal user, StudentFilter filter, PageQuery page, CancellationToken ct = default)
    {
        var students = await access.VisibleAsync(user, ct);
        var at = filter.SchoolId.GetValueOrDefault();
        var bySchool = filter.SchoolId.HasValue;
        if (bySchool)
        {
            students = students.Where(s => s.SchoolId == at || s.Enrolments.Any(e => e.SchoolId == at));
        }
        students = filter.Status switch
        {
            null => students,
            // Seen from a school the student has left for another one, they are "transferred out".
            StudentStatus.TransferredOut when bySchool => students.Where(s => s.SchoolId != at),
            { } status when bySchool => students.Where(s => s.SchoolId == at && s.Status == status),
            { } status => students.Where(s => s.Status == status),
        };
        if (filter.ClassId is { } classId)
        {
            students = students.Where(s => s.Placements.Any(p => p.ClassId == classId && p.To == null));
        }
        if (filter.SchoolYearId is { } yearId)
        {
            students = students.Where(s => s.Placements.Any(p => p.SchoolYearId == yearId));
        }
        if (VietnameseText.Fold(filter.Q) is { Length: > 0 } term)
        {
            var exact = filter.Q!.Trim();
            var pattern = $"%{term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)}%";
            students = students.Where(s => EF.Functions.Like(s.NameSearch, pattern, "\\") || s.StudentCode == exact || s.PersonalId == exact);
        }
        var classFilter = filter.ClassId;
        var rows = await students.OrderBy(s => s.SortKey).ThenBy(s => s.FullName).ThenBy(s => s.Id)
            .Select(s => new
            {
                s.Id, s.StudentCode, s.FullName, s.DateOfBirth, s.Gender, s.Status, s.SchoolId,
                ClassId = s.Placements.Where(p => p.To == null && (classFilter == null ? p.SchoolId == s.SchoolId : p.ClassId == classFilter))
                    .OrderByDescending(p => p.From).Select(p => (Guid?)p.ClassId).FirstOrDefault(),
            })
            .ToPageAsync(page, ct);
        var classNames = (await structure.ClassesAsync([.. rows.Items.Where(r => r.ClassId != null).Select(r => r.ClassId!.Value).Distinct()], ct))
            .ToDictionary(c => c.Id, c => c.Name);
        var items = new List<StudentListItem>(rows.Items.Count);
        foreach (var r in rows.Items)
        {
            var status = bySchool && r.SchoolId != at ? StudentStatus.TransferredOut : r.Status;
            var className = r.ClassId is { } c ? classNames.GetValueOrDefault(c) : null;
            items.Add(new StudentListItem(r.Id, r.StudentCode, r.FullName, r.DateOfBirth, r.Gender, status, r.SchoolId,
                (await org.FindAsync(r.SchoolId, ct))?.Name ?? "?", r.ClassId, className));
        }
        return new Paged<StudentListItem>(items, rows.Page, rows.PageSize, rows.TotalCount);
    }
}

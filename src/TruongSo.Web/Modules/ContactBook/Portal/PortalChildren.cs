using System.Security.Claims;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Web.Modules.ContactBook.Portal;

/// <param name="Api">The section's endpoint, where it has one.</param>
public sealed record PortalSection(string Key, string Title, string Page, string? Api);

public sealed record PortalChild(Guid StudentId, string StudentCode, string FullName, string Relation, Guid SchoolId, string SchoolName,
    Guid? ClassId, string? ClassName, string Page, IReadOnlyList<PortalSection> Sections);

/// <summary>
/// The children a signed-in parent may see, in every school (IFamilyLinks: the one place that says
/// who sees whom), or a student's own record; each with their class now and the portal's sections.
/// </summary>
public sealed class PortalChildren(IFamilyLinks family, IGuardianAccounts guardians, ISchoolStructure structure)
{
    public async Task<IReadOnlyList<PortalChild>> ListAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return [];
        }
        var children = await family.ChildrenOfAsync(userId, ct);
        if (children.Count == 0)
        {
            return [];
        }
        var classIds = await guardians.CurrentClassesAsync([.. children.Select(c => c.StudentId)], ct);
        var classes = (await structure.ClassesAsync([.. classIds.Values.Distinct()], ct)).ToDictionary(c => c.Id);
        var schools = new Dictionary<Guid, string>();
        foreach (var id in children.Select(c => c.SchoolId).Distinct())
        {
            schools[id] = (await structure.SchoolAsync(id, ct))?.Name ?? "";
        }
        return [.. children.Select(c =>
        {
            var cls = classIds.TryGetValue(c.StudentId, out var classId) ? classes.GetValueOrDefault(classId) : null;
            return new PortalChild(c.StudentId, c.StudentCode, c.FullName, c.Relation, c.SchoolId, schools[c.SchoolId], cls?.Id, cls?.Name,
                $"/gia-dinh/{c.StudentId}", SectionsOf(c));
        })];
    }

    /// <summary>One child of the user, or null for anyone else's (the caller answers 404: ids are not probed).</summary>
    public async Task<PortalChild?> FindAsync(ClaimsPrincipal user, Guid studentId, CancellationToken ct = default) =>
        (await ListAsync(user, ct)).FirstOrDefault(c => c.StudentId == studentId);

    /// <summary>
    /// The sections built by the contact book's features. A student's own view is read-only, so it has no
    /// messages (a parent–teacher thread). The timetable joins when a timetable module exists (none yet).
    /// </summary>
    private static List<PortalSection> SectionsOf(ChildRef child)
    {
        var id = child.StudentId;
        var api = $"/api/v1/portal/children/{id}";
        List<PortalSection> sections =
        [
            new("results", "Kết quả học tập", $"/gia-dinh/{id}/ket-qua", $"{api}/results"),
            new("attendance", "Chuyên cần", $"/gia-dinh/{id}/chuyen-can", $"{api}/attendance"),
            new("announcements", "Thông báo", $"/gia-dinh/{id}/thong-bao", $"{api}/announcements"),
        ];
        if (child.Relation.Length > 0)
        {
            sections.Add(new("messages", "Tin nhắn với giáo viên", $"/gia-dinh/{id}/tin-nhan", $"{api}/messages"));
        }
        sections.Add(new("transcripts", "Học bạ số", "/hoc-ba/cua-toi", null));
        sections.Add(new("consent", "Đồng ý xử lý dữ liệu", $"/gia-dinh/{id}/dong-y", null)); // Decree 13/2023: the family's (and from 7 the child's) consent
        return sections;
    }
}

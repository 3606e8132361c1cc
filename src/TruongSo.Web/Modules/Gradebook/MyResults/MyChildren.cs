using System.Security.Claims;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Web.Modules.Gradebook.MyResults;

public sealed record MyChild(Guid StudentId, string StudentCode, string FullName, Guid SchoolId, string SchoolName, string Relation);

/// <summary>The children a parent's account reaches (or a student's own record), with their schools: what the results page lets them pick.</summary>
public sealed class MyChildren(IFamilyLinks family, ISchoolStructure structure)
{
    public async Task<IReadOnlyList<MyChild>> HandleAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return [];
        }
        var children = await family.ChildrenOfAsync(userId, ct);
        var schools = new Dictionary<Guid, string>();
        foreach (var id in children.Select(c => c.SchoolId).Distinct())
        {
            schools[id] = (await structure.SchoolAsync(id, ct))?.Name ?? "";
        }
        return [.. children.Select(c => new MyChild(c.StudentId, c.StudentCode, c.FullName, c.SchoolId, schools[c.SchoolId], c.Relation))];
    }
}

using System.Security.Claims;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Web.Modules.ContactBook.Reach;

/// <summary>A child as the portal shows them: where they sit this school year.</summary>
public sealed record ChildInClass(ChildRef Child, ClassRef Class, SchoolYearRef Year)
{
    /// <summary>A guardian speaks for the child; the student's own account only reads (IFamilyLinks gives it no relation).</summary>
    public bool IsGuardian => Child.Relation.Length > 0;
}

/// <summary>
/// The portal's one question: is this child the signed-in account's own (a guardian's linked
/// child, or a student's own record)? Every portal door asks it first and answers 404 when not,
/// the same answer as for a student who does not exist, so ids cannot be probed.
/// </summary>
public sealed class FamilyReach(IFamilyLinks family, ISchoolStructure structure, IClassRosters rosters)
{
    public async Task<ChildRef?> ChildAsync(ClaimsPrincipal user, Guid studentId, CancellationToken ct = default) =>
        Users.Id(user) is { } me ? (await family.ChildrenOfAsync(me, ct)).FirstOrDefault(c => c.StudentId == studentId) : null;

    /// <summary>The child and the class they sit in now (the current year of their school); null when not the user's child.</summary>
    public async Task<ChildInClass?> ChildInClassAsync(ClaimsPrincipal user, Guid studentId, CancellationToken ct = default)
    {
        if (await ChildAsync(user, studentId, ct) is not { } child || await structure.CurrentYearAsync(child.SchoolId, ct) is not { } year)
        {
            return null;
        }
        var classes = await structure.ClassesAsync(year.Id, ct);
        var rosterByClass = await rosters.ForClassesAsync([.. classes.Select(c => c.Id)], ct);
        var now = classes.Select(c => (Class: c, Stay: rosterByClass.GetValueOrDefault(c.Id, []).FirstOrDefault(r => r.StudentId == studentId)))
            .Where(x => x.Stay is not null).OrderBy(x => x.Stay!.To is null ? 0 : 1).ThenByDescending(x => x.Stay!.From).FirstOrDefault();
        return now.Class is null ? null : new ChildInClass(child, now.Class, year);
    }
}

public static class Users
{
    public static Guid? Id(ClaimsPrincipal user) => Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    /// <summary>The display name the sign-in put in the cookie or token (Access's "full_name" claim), else the user name.</summary>
    public static string Name(ClaimsPrincipal user) => user.FindFirstValue("full_name") is { Length: > 0 } n ? n : user.Identity?.Name ?? "";
}

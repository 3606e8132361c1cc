using System.Security.Claims;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.ContactBook.Reach;
using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Web.Modules.ContactBook.Announcements;

/// <summary>An audience the compose form offers: "class:{id}", "grade:{n}" or "school".</summary>
public sealed record TargetOption(string Value, string Label);

/// <summary>
/// The school a member of staff writes from (their first school, or the one asked for) and the
/// audiences they may choose there: the classes they lead as GVCN; with contactbook.announce,
/// every class, every grade and the whole school.
/// </summary>
public sealed class AnnouncementTargets(IAccessPolicy access, ISchoolStructure structure, ClassTeachers teachers)
{
    public async Task<SchoolInfo?> SchoolAsync(ClaimsPrincipal user, Guid? asked, CancellationToken ct = default)
    {
        var schools = (await access.GrantsAsync(user, ct)).Where(g => g.Unit.Kind == OrgUnitKind.School).Select(g => g.Unit.Id).Distinct().ToList();
        var id = asked is { } a && schools.Contains(a) ? a : schools.FirstOrDefault();
        return id == Guid.Empty ? null : await structure.SchoolAsync(id, ct);
    }

    public async Task<IReadOnlyList<TargetOption>> ForAsync(ClaimsPrincipal user, Guid schoolId, CancellationToken ct = default)
    {
        if (Users.Id(user) is not { } me || await structure.CurrentYearAsync(schoolId, ct) is not { } year)
        {
            return [];
        }
        var classes = await structure.ClassesAsync(year.Id, ct);
        if (await access.CanAsync(user, Permissions.Announce, schoolId, ct))
        {
            return [new("school", "Toàn trường"), .. classes.Select(c => c.Grade).Distinct().Select(g => new TargetOption($"grade:{g}", $"Khối {g}")),
                .. classes.Select(c => new TargetOption($"class:{c.Id}", $"Lớp {c.Name}"))];
        }
        var reached = (await access.ClassIdsAsync(user, ct)).ToHashSet();
        var mine = new List<TargetOption>();
        foreach (var c in classes.Where(c => reached.Contains(c.Id)))
        {
            if (await teachers.IsHomeroomAsync(me, c.Id, ct))
            {
                mine.Add(new($"class:{c.Id}", $"Lớp {c.Name}"));
            }
        }
        return mine;
    }

    /// <summary>The form's choice as a request; null when the value is not one of the three shapes.</summary>
    public static PublishRequest? Request(Guid schoolId, string? target, string? title, string? body) => target?.Split(':') switch
    {
        ["school"] => new(Audiences.School, null, schoolId, null, title, body),
        ["grade", var g] when int.TryParse(g, out var grade) => new(Audiences.Grade, null, schoolId, grade, title, body),
        ["class", var c] when Guid.TryParse(c, out var classId) => new(Audiences.Class, classId, null, null, title, body),
        _ => null,
    };
}

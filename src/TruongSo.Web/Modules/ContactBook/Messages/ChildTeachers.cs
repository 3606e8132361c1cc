using System.Security.Claims;
using TruongSo.Web.Modules.ContactBook.Reach;
using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Web.Modules.ContactBook.Messages;

public sealed record TeacherChoice(Guid StaffId, string FullName, bool IsHomeroom, IReadOnlyList<string> Subjects);

/// <summary>The teachers a guardian may write to about a child: the GVCN first, then the subject teachers of the child's class, each with an account.</summary>
public sealed class ChildTeachers(FamilyReach reach, ThreadAccess access, ClassTeachers teachers, ISchoolStructure structure)
{
    public async Task<IReadOnlyList<TeacherChoice>?> HandleAsync(ClaimsPrincipal user, Guid studentId, CancellationToken ct = default)
    {
        if (await reach.ChildAsync(user, studentId, ct) is not { Relation.Length: > 0 } || !await access.IsGuardianAsync(Users.Id(user)!.Value, studentId, ct))
        {
            return null;
        }
        if (await reach.ChildInClassAsync(user, studentId, ct) is not { } child)
        {
            return [];
        }
        var subjects = (await structure.SubjectsAsync(child.Class.SchoolId, ct)).ToDictionary(s => s.Id, s => s.Name);
        return [.. (await teachers.OfClassAsync(child.Class.Id, ct)).Where(t => t.UserId is not null)
            .Select(t => new TeacherChoice(t.StaffId, t.FullName, t.IsHomeroom, [.. t.SubjectIds.Select(s => subjects.GetValueOrDefault(s, "")).Where(n => n.Length > 0)]))];
    }
}

using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.Teaching.Contracts;

namespace TruongSo.Web.Modules.ContactBook.Reach;

/// <summary>A teacher of a class: the GVCN and/or what they teach there.</summary>
public sealed record ClassTeacher(Guid StaffId, Guid? UserId, string FullName, bool IsHomeroom, IReadOnlyList<Guid> SubjectIds);

/// <summary>The teachers of a class, from Teaching's assignments and People's staff records.</summary>
public sealed class ClassTeachers(ITeachingAssignments assignments, IStaffDirectory staff)
{
    public async Task<IReadOnlyList<ClassTeacher>> OfClassAsync(Guid classId, CancellationToken ct = default)
    {
        var rows = await assignments.ForClassAsync(classId, ct);
        var people = (await staff.FindManyAsync([.. rows.Select(a => a.StaffId)], ct)).Where(s => s.Status == StaffStatus.Working);
        return [.. people.Select(s => new ClassTeacher(s.Id, s.UserId, s.FullName,
                rows.Any(a => a.StaffId == s.Id && a.IsHomeroom),
                [.. rows.Where(a => a.StaffId == s.Id && a.SubjectId is not null).Select(a => a.SubjectId!.Value).Distinct()]))
            .OrderByDescending(t => t.IsHomeroom)];
    }

    /// <summary>Is the account the GVCN of the class (the class-level right to announce and to read its families' threads).</summary>
    public async Task<bool> IsHomeroomAsync(Guid userId, Guid classId, CancellationToken ct = default) =>
        (await OfClassAsync(classId, ct)).Any(t => t.IsHomeroom && t.UserId == userId);
}

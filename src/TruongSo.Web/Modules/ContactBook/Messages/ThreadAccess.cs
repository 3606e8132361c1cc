using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.ContactBook.Reach;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.ContactBook.Messages;

/// <summary>A thread as one reader sees it: from the family's side or the school's.</summary>
public sealed record OpenThread(MessageThread Thread, Guid Me, bool AsFamily);

/// <summary>
/// Who may read a thread: the child's guardians (not the student's own account: these are the
/// adults' conversation), the teacher it is addressed to, and the class's GVCN, who answers for
/// the class to its families (Điều lệ trường, GVCN's duties). Not the principal: a family writes
/// to a teacher in confidence, and Decree 13/2023 asks that a child's data be seen only by those
/// who need it; a family that wants the school's management writes to the school. Anyone else
/// gets null, which every door turns into 404.
/// </summary>
public sealed class ThreadAccess(AppDbContext db, IFamilyLinks family, ClassTeachers teachers)
{
    /// <param name="studentId">Given on the portal's doors: the thread must be about that child, and read as family.</param>
    public async Task<OpenThread?> OpenAsync(ClaimsPrincipal user, Guid threadId, Guid? studentId, CancellationToken ct = default)
    {
        if (Users.Id(user) is not { } me || await db.Set<MessageThread>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == threadId, ct) is not { } thread)
        {
            return null;
        }
        if (studentId is { } child)
        {
            return child == thread.StudentId && await IsGuardianAsync(me, child, ct) ? new OpenThread(thread, me, true) : null;
        }
        return thread.TeacherUserId == me || await teachers.IsHomeroomAsync(me, thread.ClassId, ct) ? new OpenThread(thread, me, false) : null;
    }

    public async Task<bool> IsGuardianAsync(Guid userId, Guid studentId, CancellationToken ct = default) =>
        (await family.ChildrenOfAsync(userId, ct)).Any(c => c.StudentId == studentId && c.Relation.Length > 0);
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.ContactBook.Reach;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.ContactBook.Messages;

public sealed record ThreadSummary(Guid Id, Guid StudentId, string StudentName, string ClassName, Guid TeacherStaffId, string TeacherName,
    string Subject, DateTime LastMessageAt, int Unread);

public sealed record MessageView(Guid Id, string AuthorName, bool FromFamily, bool Mine, string Body, DateTime SentAt);

public sealed record ThreadView(ThreadSummary Thread, IReadOnlyList<MessageView> Messages);

/// <summary>Threads with their unread counts (messages from others since the reader last opened the thread), and one thread, which opening marks read.</summary>
public sealed class ThreadLists(AppDbContext db, ThreadAccess access, FamilyReach reach, IAccessPolicy policy, ClassTeachers teachers, MessageWriter writer, TimeProvider clock)
{
    /// <summary>The child's threads for a guardian; null (404) for anyone else, the student's own account included.</summary>
    public async Task<IReadOnlyList<ThreadSummary>?> ForChildAsync(ClaimsPrincipal user, Guid studentId, CancellationToken ct = default)
    {
        if (await reach.ChildAsync(user, studentId, ct) is not { Relation.Length: > 0 } || Users.Id(user) is not { } me)
        {
            return null;
        }
        return await SummariesAsync(db.Set<MessageThread>().Where(t => t.StudentId == studentId), me, ct);
    }

    /// <summary>A teacher's threads: those addressed to them, and every thread of the classes they lead as GVCN.</summary>
    public async Task<IReadOnlyList<ThreadSummary>> ForTeacherAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (Users.Id(user) is not { } me)
        {
            return [];
        }
        var homeroom = new List<Guid>();
        foreach (var classId in await policy.ClassIdsAsync(user, ct))
        {
            if (await teachers.IsHomeroomAsync(me, classId, ct))
            {
                homeroom.Add(classId);
            }
        }
        return await SummariesAsync(db.Set<MessageThread>().Where(t => t.TeacherUserId == me || homeroom.Contains(t.ClassId)), me, ct);
    }

    /// <summary>One thread with its messages, oldest first; opening it marks it read. Null (404) for anyone who may not read it.</summary>
    public async Task<ThreadView?> OpenAsync(ClaimsPrincipal user, Guid threadId, Guid? studentId, CancellationToken ct = default)
    {
        if (await access.OpenAsync(user, threadId, studentId, ct) is not { } open)
        {
            return null;
        }
        var summary = (await SummariesAsync(db.Set<MessageThread>().Where(t => t.Id == threadId), open.Me, ct))[0];
        var messages = await db.Set<ThreadMessage>().AsNoTracking().Where(m => m.ThreadId == threadId).OrderBy(m => m.SentAt).ThenBy(m => m.Id)
            .Select(m => new MessageView(m.Id, m.AuthorName, m.FromFamily, m.AuthorUserId == open.Me, m.Body, m.SentAt)).ToListAsync(ct);
        await writer.MarkReadAsync(threadId, open.Me, clock.GetUtcNow().UtcDateTime, ct);
        await db.SaveChangesAsync(ct);
        return new ThreadView(summary, messages);
    }

    private async Task<IReadOnlyList<ThreadSummary>> SummariesAsync(IQueryable<MessageThread> threads, Guid me, CancellationToken ct)
    {
        var rows = await threads.AsNoTracking().OrderByDescending(t => t.LastMessageAt).Take(200).ToListAsync(ct);
        var ids = rows.Select(t => t.Id).ToList();
        var unread = await (
            from m in db.Set<ThreadMessage>().AsNoTracking()
            where ids.Contains(m.ThreadId) && m.AuthorUserId != me
            let read = db.Set<ThreadRead>().Where(r => r.ThreadId == m.ThreadId && r.UserId == me).Select(r => (DateTime?)r.ReadAt).FirstOrDefault()
            where read == null || m.SentAt > read
            group m by m.ThreadId into g
            select new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return [.. rows.Select(t => new ThreadSummary(t.Id, t.StudentId, t.StudentName, t.ClassName, t.TeacherStaffId, t.TeacherName, t.Subject,
            t.LastMessageAt, unread.GetValueOrDefault(t.Id)))];
    }
}

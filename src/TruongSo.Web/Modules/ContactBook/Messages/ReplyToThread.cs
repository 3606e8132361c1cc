using System.Security.Claims;
using TruongSo.Web.Modules.ContactBook.Reach;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.ContactBook.Messages;

public sealed record ReplyRequest(string? Body);

public sealed record ReplySent(Guid Id, Guid ThreadId, DateTime SentAt);

/// <summary>A reply from either side of a thread; 404 for anyone who may not read it (ThreadAccess).</summary>
public sealed class ReplyToThread(AppDbContext db, ThreadAccess access, MessageWriter writer)
{
    /// <param name="studentId">Set on the portal's door (the family's side), null on the staff's.</param>
    public async Task<Outcome<ReplySent>> HandleAsync(ClaimsPrincipal user, Guid threadId, Guid? studentId, ReplyRequest request, CancellationToken ct = default)
    {
        if (await access.OpenAsync(user, threadId, studentId, ct) is not { } open)
        {
            return Refusal.NotFound("cuộc trao đổi này");
        }
        if (await writer.RefuseAsync(open.Me, request.Body, ct) is { } refused)
        {
            return refused;
        }
        var thread = (await db.Set<MessageThread>().FindAsync([threadId], ct))!;
        var message = await writer.AddAsync(thread, open, Users.Name(user), request.Body!, ct);
        await db.SaveChangesAsync(ct);
        return new ReplySent(message.Id, threadId, message.SentAt);
    }
}

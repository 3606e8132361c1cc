using System.Security.Claims;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Gradebook.Contracts;
using TruongSo.Web.Modules.Records.Archive;
using TruongSo.Web.Modules.Records.Rendition;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Time;

namespace TruongSo.Web.Modules.Records.Issuing;

public sealed record CorrectionRequest(string? Reason, string? PrincipalComment);

public sealed record RevocationRequest(string? Reason);

/// <summary>
/// The principal's decisions on an issued transcript (records.manage): a correction renders a new
/// version from the gradebook as it now stands (unlocked, changed, locked again), which the GVCN,
/// the principal and the seal sign in turn — the old one stays valid until the new one is issued;
/// a revocation withdraws it, with its reason shown on the public page. Nothing signed is edited.
/// </summary>
public sealed class CorrectTranscript(RecordsArchive archive, TranscriptRenderer renderer, IYearRecords years, IAccessPolicy access,
    AppDbContext db, TimeProvider clock)
{
    public async Task<(DocumentView? Document, IssuingRefusal? Refusal)> CorrectAsync(ClaimsPrincipal user, Guid documentId, CorrectionRequest request, CancellationToken ct = default)
    {
        if (await ManagedAsync(user, documentId, ct) is not { } old)
        {
            return (null, IssuingRefusal.NotFound(NotFound));
        }
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return (null, IssuingRefusal.Invalid("reason", "Hãy ghi lí do lập phiên bản mới."));
        }
        if (!await years.IsYearLockedAsync(old.SchoolYearId, ct))
        {
            return (null, IssuingRefusal.Conflict(IssuingGate.NotLocked));
        }
        var id = Guid.NewGuid();
        if (await renderer.RenderAsync(old.StudentId, old.SchoolYearId, new RenditionStamp(id, old.Version + 1, SchoolDay.Now(clock), request.PrincipalComment), ct) is not { } rendition)
        {
            return (null, IssuingRefusal.Conflict("Không lập lại được học bạ: không còn thấy lớp của học sinh trong năm học này."));
        }
        var replaced = await archive.ReplaceAsync(old.Id, new NewVersion(rendition.Pdf, rendition.Xml, id), request.Reason, ct);
        if (replaced.Refusal is { } refused)
        {
            return (null, new IssuingRefusal(refused.Kind == ArchiveRefusalKind.Invalid ? 400 : 409, refused.Message, refused.Field));
        }
        db.Add(SignatureBoxes.Of(id, rendition.Slots));
        await db.SaveChangesAsync(ct);
        return (replaced.Document, null);
    }

    public async Task<(DocumentView? Document, IssuingRefusal? Refusal)> RevokeAsync(ClaimsPrincipal user, Guid documentId, RevocationRequest request, CancellationToken ct = default)
    {
        if (await ManagedAsync(user, documentId, ct) is null)
        {
            return (null, IssuingRefusal.NotFound(NotFound));
        }
        var revoked = await archive.RevokeAsync(documentId, request.Reason ?? "", ct);
        return revoked.Refusal is { } refused
            ? (null, new IssuingRefusal(refused.Kind == ArchiveRefusalKind.Invalid ? 400 : 409, refused.Message, refused.Field))
            : (revoked.Document, null);
    }

    private const string NotFound = "Không tìm thấy học bạ này, hoặc bạn không có quyền sửa hay thu hồi.";

    private async Task<DocumentView?> ManagedAsync(ClaimsPrincipal user, Guid documentId, CancellationToken ct) =>
        await archive.FindAsync(documentId, ct) is { } document && await access.CanAsync(user, Permissions.ManageRecords, document.HolderSchoolId, ct)
            ? document
            : null;
}

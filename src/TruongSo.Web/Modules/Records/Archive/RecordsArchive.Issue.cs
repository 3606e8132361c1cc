using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Records.Archive.Data;

namespace TruongSo.Web.Modules.Records.Archive;

public sealed partial class RecordsArchive
{
    /// <summary>Issues a fully signed document; a corrected version marks the one it replaces as Replaced.</summary>
    public async Task<ArchiveOutcome> IssueAsync(Guid documentId, CancellationToken ct = default)
    {
        if (await LoadAsync(documentId, ct) is not { } document)
        {
            return ArchiveRefusals.NotFound;
        }
        if (!document.IsOpen)
        {
            return ArchiveRefusals.Closed(document.Status);
        }
        if (document.Signatures.Count < (int)SignatureStepRole.Seal)
        {
            return ArchiveRefusals.Conflict("Tài liệu chưa đủ chữ ký của giáo viên chủ nhiệm, hiệu trưởng và con dấu của nhà trường.");
        }
        var old = document.ReplacesId is { } replaces ? await LoadAsync(replaces, ct) : null;
        if (old is not null && old.Status != DocumentStatus.Issued)
        {
            return ArchiveRefusals.Conflict("Phiên bản cũ không còn ở trạng thái đã ban hành; không thể thay thế.");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        (document.Status, document.IssuedAt, document.IssuedBy) = (DocumentStatus.Issued, now, actor.UserId);
        Audit("records.document.issue", document, new { Status = DocumentStatus.Signing }, new { document.Status, document.PdfSha256, document.XmlSha256 }, null);
        if (old is not null)
        {
            (old.Status, old.ReplacedById, old.Stamp) = (DocumentStatus.Replaced, document.Id, Guid.NewGuid());
            Audit("records.document.replace", old, new { Status = DocumentStatus.Issued }, new { old.Status, old.ReplacedById }, document.CorrectionReason);
        }
        return await SaveAsync(document, async () =>
        {
            await register.AppendAsync(document.HolderSchoolId, RegisterEvent.Issued, document, document.CorrectionReason, ct);
            if (old is not null)
            {
                await register.AppendAsync(old.HolderSchoolId, RegisterEvent.Replaced, old, document.CorrectionReason, ct);
            }
        }, ct);
    }

    /// <summary>
    /// Starts a corrected version (version + 1, unsigned) of an issued document. The old one stays
    /// valid until the new one is signed and issued, then it shows as replaced, with a link.
    /// </summary>
    public async Task<ArchiveOutcome> ReplaceAsync(Guid documentId, NewVersion content, string reason, CancellationToken ct = default)
    {
        if (Missing(content.Pdf, content.Xml) is { } missing)
        {
            return missing;
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            return ArchiveRefusals.Invalid("reason", "Hãy ghi lí do lập phiên bản mới.");
        }
        if (await LoadAsync(documentId, ct) is not { } old)
        {
            return ArchiveRefusals.NotFound;
        }
        if (old.Status != DocumentStatus.Issued)
        {
            return old.IsOpen ? ArchiveRefusals.Conflict("Tài liệu chưa được ban hành: hãy ký xong bản hiện tại thay vì lập phiên bản mới.") : ArchiveRefusals.Closed(old.Status);
        }
        if (await db.Set<ArchivedDocument>().AnyAsync(d => d.ReplacesId == old.Id, ct))
        {
            return ArchiveRefusals.Conflict("Đã có một phiên bản mới đang chờ ký cho tài liệu này.");
        }
        var document = new ArchivedDocument
        {
            Id = content.Id ?? Guid.NewGuid(), Kind = old.Kind, StudentId = old.StudentId, StudentCode = old.StudentCode,
            StudentName = old.StudentName, SchoolId = old.SchoolId, SchoolCode = old.SchoolCode, SchoolName = old.SchoolName,
            SchoolYearId = old.SchoolYearId, SchoolYearName = old.SchoolYearName, HolderSchoolId = old.HolderSchoolId,
            Version = old.Version + 1, ReplacesId = old.Id, CorrectionReason = reason.Trim(),
        };
        return await AddNewAsync(document, content.Pdf, content.Xml, ct);
    }

    /// <summary>Revokes an issued document; the public page then says so, with the reason.</summary>
    public async Task<ArchiveOutcome> RevokeAsync(Guid documentId, string reason, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return ArchiveRefusals.Invalid("reason", "Hãy ghi lí do thu hồi.");
        }
        if (await LoadAsync(documentId, ct) is not { } document)
        {
            return ArchiveRefusals.NotFound;
        }
        if (document.Status != DocumentStatus.Issued)
        {
            return document.IsOpen ? ArchiveRefusals.Conflict("Tài liệu chưa được ban hành nên không có gì để thu hồi.") : ArchiveRefusals.Closed(document.Status);
        }
        (document.Status, document.RevocationReason, document.RevokedAt, document.RevokedBy) =
            (DocumentStatus.Revoked, reason.Trim(), clock.GetUtcNow().UtcDateTime, actor.UserId);
        Audit("records.document.revoke", document, new { Status = DocumentStatus.Issued }, new { document.Status }, document.RevocationReason);
        return await SaveAsync(document, () => register.AppendAsync(document.HolderSchoolId, RegisterEvent.Revoked, document, document.RevocationReason, ct), ct);
    }
}

using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Records.Archive.Data;
using TruongSo.Web.Platform.Audit;

namespace TruongSo.Web.Modules.Records.Archive;

public sealed partial class RecordsArchive
{
    private Task<ArchivedDocument?> LoadAsync(Guid id, CancellationToken ct) =>
        db.Set<ArchivedDocument>().Include(d => d.Signatures).SingleOrDefaultAsync(d => d.Id == id, ct);

    private async Task<ArchiveOutcome> AddNewAsync(ArchivedDocument document, byte[] pdf, byte[] xml, CancellationToken ct)
    {
        if (await db.Set<ArchivedDocument>().AnyAsync(d => d.Id == document.Id, ct))
        {
            return ArchiveRefusals.Conflict("Mã tài liệu này đã được dùng.");
        }
        document.PdfSha256 = await blobs.PutAsync(pdf, ct);
        document.XmlSha256 = await blobs.PutAsync(xml, ct);
        (document.Status, document.CreatedAt, document.CreatedBy) = (DocumentStatus.Draft, clock.GetUtcNow().UtcDateTime, actor.UserId);
        db.Add(document);
        Audit(document.ReplacesId is null ? "records.document.create" : "records.document.correct", document, null,
            new { document.Kind, document.StudentId, document.SchoolYearId, document.Version, document.PdfSha256, document.XmlSha256, document.ReplacesId },
            document.CorrectionReason);
        return await SaveAsync(document, null, ct);
    }

    /// <summary>One transaction: the register lines (if any), the rows and their audit entries commit together.</summary>
    private async Task<ArchiveOutcome> SaveAsync(ArchivedDocument document, Func<Task>? registerLines, CancellationToken ct)
    {
        document.Stamp = Guid.NewGuid();
        // A caller that holds a transaction (several steps as one unit) keeps it; else this call is one.
        var own = db.Database.CurrentTransaction is null;
        await using var tx = own ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            if (registerLines is not null)
            {
                await registerLines();
            }
            await db.SaveChangesAsync(ct);
            if (tx is not null)
            {
                await tx.CommitAsync(ct);
            }
        }
        catch (DbUpdateException) when (own)
        {
            await tx!.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return ArchiveRefusals.Stale;
        }
        return DocumentView.Of(document);
    }

    private void Audit(string action, ArchivedDocument document, object? before, object? after, string? reason) =>
        audit.Record(new AuditChange(action, "RecordsDocument", document.Id.ToString(), before, after, reason, document.HolderSchoolId));
}

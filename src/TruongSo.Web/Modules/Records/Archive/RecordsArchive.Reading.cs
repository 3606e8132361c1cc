using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Records.Archive.Data;

namespace TruongSo.Web.Modules.Records.Archive;

public sealed partial class RecordsArchive
{
    public async Task<DocumentView?> FindAsync(Guid documentId, CancellationToken ct = default) =>
        await Documents().SingleOrDefaultAsync(d => d.Id == documentId, ct) is { } d ? DocumentView.Of(d) : null;

    /// <summary>Every version of every document of the student (all years), oldest year and version first.</summary>
    public async Task<IReadOnlyList<DocumentView>> ForStudentAsync(Guid studentId, CancellationToken ct = default) =>
        [.. (await Documents().Where(d => d.StudentId == studentId).ToListAsync(ct))
            .OrderBy(d => d.SchoolYearName, StringComparer.Ordinal).ThenBy(d => d.Kind, StringComparer.Ordinal).ThenBy(d => d.Version).Select(DocumentView.Of)];

    /// <summary>The newest version of a student's document for a year (any status), or null.</summary>
    public async Task<DocumentView?> CurrentAsync(Guid studentId, Guid schoolYearId, string kind, CancellationToken ct = default) =>
        await Documents().Where(d => d.StudentId == studentId && d.SchoolYearId == schoolYearId && d.Kind == kind)
            .OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct) is { } d ? DocumentView.Of(d) : null;

    /// <summary>The document whose current PDF, or a PDF of one of its signature steps, has this SHA-256.</summary>
    public async Task<(DocumentView Document, int? Step)?> FindByPdfHashAsync(string sha256, CancellationToken ct = default)
    {
        if (await Documents().FirstOrDefaultAsync(d => d.PdfSha256 == sha256, ct) is { } current)
        {
            return (DocumentView.Of(current), null);
        }
        var step = await db.Set<DocumentSignature>().AsNoTracking().FirstOrDefaultAsync(s => s.PdfSha256 == sha256, ct);
        return step is not null && await FindAsync(step.DocumentId, ct) is { } owner ? (owner, step.Step) : null;
    }

    /// <summary>The current PDF (signed, once signing began), verified against its hash on read.</summary>
    public Task<byte[]> ReadPdfAsync(DocumentView document, CancellationToken ct = default) => blobs.GetAsync(document.PdfSha256, ct);

    public Task<byte[]> ReadXmlAsync(DocumentView document, CancellationToken ct = default) => blobs.GetAsync(document.XmlSha256, ct);

    private IQueryable<ArchivedDocument> Documents() =>
        db.Set<ArchivedDocument>().AsNoTracking().Include(d => d.Signatures);
}

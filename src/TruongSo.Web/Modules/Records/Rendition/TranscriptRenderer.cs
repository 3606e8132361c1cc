using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Web.Modules.Records.Rendition;

/// <summary>
/// The public entry point of the rendition part (for signing and archiving): one student's
/// transcript for one school year, as PDF and XML with the same data, and the three signature
/// boxes the PDF draws. No permission check here: callers decide who may render.
/// </summary>
public sealed class TranscriptRenderer(TranscriptSource source, IConfiguration configuration)
{
    public const string DefaultPublicBaseUrl = "http://localhost:5000";

    /// <summary>Null when the student sat in no class of that school year.</summary>
    public Task<Rendition?> RenderAsync(Guid studentId, Guid schoolYearId, RenditionStamp stamp, CancellationToken ct = default) =>
        RenderAsync(studentId, schoolYearId, stamp, preview: false, ct);

    /// <summary>The same with the "BẢN XEM TRƯỚC" watermark on every page (an unsigned draft).</summary>
    public async Task<Rendition?> RenderAsync(Guid studentId, Guid schoolYearId, RenditionStamp stamp, bool preview, CancellationToken ct = default)
    {
        if (await source.LoadAsync(studentId, schoolYearId, ct) is not { } model)
        {
            return null;
        }
        return Render(model, stamp, preview);
    }

    /// <summary>A student of a class the caller already knows (bulk signing of that class).</summary>
    public async Task<Rendition?> RenderInClassAsync(Guid studentId, ClassRef cls, SchoolYearRef year, RenditionStamp stamp, CancellationToken ct = default) =>
        await source.LoadInClassAsync(studentId, cls, year, ct) is { } model ? Render(model, stamp) : null;

    /// <summary>From an already loaded model (bulk rendering loads once per class).</summary>
    public Rendition Render(TranscriptModel model, RenditionStamp stamp, bool preview = false)
    {
        var url = VerifyUrl(stamp.DocumentId);
        var (pdf, slots) = TranscriptPdf.Render(model, stamp, url, preview);
        return new Rendition(pdf, TranscriptXml.Render(model, stamp, url), slots);
    }

    /// <summary>{Records:PublicBaseUrl}/xac-thuc/{id}: what the QR code on every page says.</summary>
    public string VerifyUrl(Guid documentId) => VerifyUrl(configuration, documentId);

    public static string VerifyUrl(IConfiguration configuration, Guid documentId) =>
        $"{(configuration["Records:PublicBaseUrl"] is { Length: > 0 } b ? b : DefaultPublicBaseUrl).TrimEnd('/')}/xac-thuc/{documentId}";
}

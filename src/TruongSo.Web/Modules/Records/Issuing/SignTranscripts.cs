using System.Security.Claims;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Records.Archive;
using TruongSo.Web.Modules.Records.Archive.Data;
using TruongSo.Web.Modules.Records.Rendition;
using TruongSo.Web.Modules.Records.Signing;
using TruongSo.Web.Modules.Records.Signing.Pdf;
using TruongSo.Web.Modules.Records.Signing.Xml;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Time;

namespace TruongSo.Web.Modules.Records.Issuing;

/// <summary>How a bulk signing is going: transcripts looked at, signed, skipped (with why), failed (with why).</summary>
public sealed record SigningProgress(int Done, int Total, int Succeeded, IReadOnlyList<string> Problems);

/// <summary>
/// One signer's step for a whole class (or some of its students): the GVCN's signature makes the
/// transcript (rendered from the locked gradebook, archived as version 1), the principal's follows,
/// and the seal's closes it — the XML gets the seal's enveloped signature and the document is issued.
/// Each transcript is its own transaction: one that fails leaves the others signed and itself untouched.
/// </summary>
public sealed class SignTranscripts(ClassTranscripts transcripts, TranscriptRenderer renderer, RecordsArchive archive,
    PadesSigner pades, XmlDsigSigner xmlSigner, AppDbContext db, TimeProvider clock)
{
    public async Task<(SigningProgress? Report, IssuingRefusal? Refusal)> HandleAsync(ClaimsPrincipal user, Guid classId, SignatureStepRole role,
        ISigningCredential credential, IReadOnlyCollection<Guid>? students = null, IProgress<SigningProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(credential);
        if (await transcripts.HandleAsync(user, classId, ct) is not { } view)
        {
            return (null, IssuingRefusal.NotFound(IssuingGate.NotFound));
        }
        if (!view.Access.MaySign.Contains(role))
        {
            return (null, IssuingRefusal.Forbidden(role == SignatureStepRole.Homeroom
                ? "Chỉ giáo viên chủ nhiệm của lớp mới kí học bạ ở bước này."
                : $"Bạn không có quyền kí học bạ với vai trò {IssuingGate.RoleName(role).ToLowerInvariant()}."));
        }
        if (!view.Access.YearLocked)
        {
            return (null, IssuingRefusal.Conflict(IssuingGate.NotLocked));
        }
        var chosen = view.Students.Where(s => students is null || students.Contains(s.StudentId)).ToList();
        var (done, signed, problems) = (0, 0, new List<string>());
        foreach (var row in chosen)
        {
            ct.ThrowIfCancellationRequested();
            var problem = row.Next == role ? await SignOneAsync(user, view, row, role, credential, ct) : Skipped(row, role);
            if (problem is null)
            {
                signed++;
            }
            else if (problem.Length > 0)
            {
                problems.Add($"{row.FullName}: {problem}");
            }
            progress?.Report(new SigningProgress(++done, chosen.Count, signed, [.. problems]));
        }
        return (new SigningProgress(done, chosen.Count, signed, problems), null);
    }

    /// <summary>"" for a transcript that is simply not at this step (already signed, or issued): not worth a line.</summary>
    private static string Skipped(TranscriptRow row, SignatureStepRole role) =>
        row.Next is { } next && next < role ? $"chờ chữ kí của {IssuingGate.RoleName(next).ToLowerInvariant()} trước." : "";

    private async Task<string?> SignOneAsync(ClaimsPrincipal user, ClassTranscriptsView view, TranscriptRow row, SignatureStepRole role,
        ISigningCredential credential, CancellationToken ct)
    {
        var (documentId, notCreated) = row.DocumentId is { } existing ? (existing, null) : await CreateAsync(view, row, ct);
        if (documentId is not { } id)
        {
            return notCreated;
        }
        db.ChangeTracker.Clear(); // each transcript on its own: what one left behind never rides along with the next
        var document = (await archive.FindAsync(id, ct))!;
        var box = (await db.Set<SignatureBoxes>().AsNoTracking().SingleOrDefaultAsync(b => b.DocumentId == id, ct))?.For(role);
        var at = SchoolDay.Now(clock);
        var request = new PdfSignatureRequest(IssuingGate.RoleName(role), document.SchoolName, PageIndex: box?.Page ?? 0, Box: box?.Box,
            SigningTime: at, FieldName: $"ChuKy{(int)role}");
        var pdf = await pades.SignAsync(await archive.ReadPdfAsync(document, ct), credential, request, ct);
        var xml = role == SignatureStepRole.Seal ? await xmlSigner.SignAsync(await archive.ReadXmlAsync(document, ct), credential, ct) : null;
        var certificate = credential.Certificate;
        var step = new SignatureStepInput(role, role == SignatureStepRole.Seal ? null : UserId(user), certificate.GetNameInfo(X509NameType.SimpleName, false),
            certificate.Subject, certificate.Thumbprint, at, pdf, xml);
        var recorded = await archive.RecordSignatureAsync(id, step, ct);
        if (recorded.Refusal is { } refused)
        {
            return refused.Message;
        }
        return role == SignatureStepRole.Seal && (await archive.IssueAsync(id, ct)).Refusal is { } notIssued ? notIssued.Message : null;
    }

    /// <summary>Renders the transcript from the locked gradebook and archives it as version 1; its boxes are kept for the later steps.</summary>
    private async Task<(Guid? Id, string? Problem)> CreateAsync(ClassTranscriptsView view, TranscriptRow row, CancellationToken ct)
    {
        var id = Guid.NewGuid();
        if (await renderer.RenderInClassAsync(row.StudentId, view.Access.Class, view.Access.Year, new RenditionStamp(id, 1, SchoolDay.Now(clock), null), ct) is not { } rendition)
        {
            return (null, "không tìm thấy hồ sơ của học sinh để lập học bạ.");
        }
        var created = await archive.CreateAsync(new NewDocument(DocumentKinds.Transcript, row.StudentId, row.StudentCode, row.FullName,
            view.Access.Class.SchoolId, view.Access.Year.Id, rendition.Pdf, rendition.Xml, id), ct);
        if (created.Refusal is { } refused)
        {
            return (null, refused.Message);
        }
        db.Add(SignatureBoxes.Of(id, rendition.Slots));
        await db.SaveChangesAsync(ct);
        return (id, null);
    }

    private static Guid? UserId(ClaimsPrincipal user) => Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}

using System.Security.Claims;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.Records.Archive;

namespace TruongSo.Web.Modules.Records.Issuing;

/// <summary>
/// A signed transcript's PDF or XML, byte for byte as archived (the signatures cover those bytes).
/// The school that holds it (records.view) and the student's own family read it; anyone else gets
/// 404, whatever id they guess. The public page /xac-thuc shows only the standing, not the content.
/// </summary>
public sealed class DocumentFiles(RecordsArchive archive, IAccessPolicy access, IFamilyLinks family, IStudentDataViews views)
{
    public async Task<(byte[] Bytes, string FileName)?> HandleAsync(ClaimsPrincipal user, Guid documentId, string format, CancellationToken ct = default)
    {
        if (await archive.FindAsync(documentId, ct) is not { } document || !await MayReadAsync(user, document, ct))
        {
            return null;
        }
        await views.RecordAsync(user, document.StudentId, StudentData.Transcript, $"/api/v1/records/documents/{documentId}/{format}", ct);
        var name = $"hoc-ba-{document.StudentCode}-{document.SchoolYearName}-v{document.Version}.{format}";
        return format == "xml" ? (await archive.ReadXmlAsync(document, ct), name) : (await archive.ReadPdfAsync(document, ct), name);
    }

    private async Task<bool> MayReadAsync(ClaimsPrincipal user, DocumentView document, CancellationToken ct)
    {
        if (await access.CanAsync(user, Permissions.ViewRecords, document.HolderSchoolId, ct))
        {
            return true;
        }
        return Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var me)
            && (await family.ChildrenOfAsync(me, ct)).Any(c => c.StudentId == document.StudentId);
    }
}

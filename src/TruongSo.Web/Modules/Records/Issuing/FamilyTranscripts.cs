using System.Security.Claims;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.Records.Archive;
using TruongSo.Web.Modules.Records.Archive.Data;

namespace TruongSo.Web.Modules.Records.Issuing;

public sealed record ChildTranscripts(ChildRef Child, IReadOnlyList<DocumentView> Issued);

/// <summary>/hoc-ba/cua-toi: each child of a parent (or a student's own record) with the transcripts issued for them, newest year first.</summary>
public sealed class FamilyTranscripts(IFamilyLinks family, RecordsArchive archive)
{
    public async Task<IReadOnlyList<ChildTranscripts>> HandleAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var me))
        {
            return [];
        }
        var list = new List<ChildTranscripts>();
        foreach (var child in await family.ChildrenOfAsync(me, ct))
        {
            var issued = (await archive.ForStudentAsync(child.StudentId, ct)).Where(d => d.Status == DocumentStatus.Issued)
                .OrderByDescending(d => d.SchoolYearName, StringComparer.Ordinal).ToList();
            list.Add(new ChildTranscripts(child, issued));
        }
        return list;
    }
}

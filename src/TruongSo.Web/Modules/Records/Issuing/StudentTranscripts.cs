using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Records.Archive;
using TruongSo.Web.Modules.Records.Archive.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Records.Issuing;

/// <summary>A student's archived transcripts as the holding school sees them, and what the user may decide on them.</summary>
public sealed record StudentTranscriptsView(Guid StudentId, string StudentCode, string StudentName, IReadOnlyList<DocumentView> Documents, bool MayManage)
{
    /// <summary>Years newest first, versions newest first within a year: the current one leads.</summary>
    public IEnumerable<IGrouping<string, DocumentView>> ByYear =>
        Documents.OrderByDescending(d => d.SchoolYearName, StringComparer.Ordinal).ThenByDescending(d => d.Version).GroupBy(d => d.SchoolYearName);
}

/// <summary>
/// Every version of a student's transcripts held by the user's schools (records.view over the
/// holder); nothing for anyone else, so a guessed id finds nothing. Corrections and revocations
/// are offered to records.manage at the holder (the principal).
/// </summary>
public sealed class StudentTranscripts(AppDbContext db, RecordsArchive archive, IAccessPolicy access, IOrgDirectory org)
{
    public async Task<StudentTranscriptsView?> HandleAsync(ClaimsPrincipal user, Guid studentId, CancellationToken ct = default)
    {
        var scope = await access.ScopeAsync(user, Permissions.ViewRecords, ct);
        if (scope.IsEmpty)
        {
            return null;
        }
        var units = org.UnitIdsIn(scope);
        var held = scope.Everything ? null : await db.Set<ArchivedDocument>().AsNoTracking()
            .Where(d => d.StudentId == studentId && units.Contains(d.HolderSchoolId)).Select(d => d.Id).ToListAsync(ct);
        var documents = (await archive.ForStudentAsync(studentId, ct)).Where(d => held is null || held.Contains(d.Id)).ToList();
        if (documents.Count == 0)
        {
            return null;
        }
        var newest = documents[^1];
        var mayManage = await access.CanAsync(user, Permissions.ManageRecords, newest.HolderSchoolId, ct);
        return new StudentTranscriptsView(studentId, newest.StudentCode, newest.StudentName, documents, mayManage);
    }
}

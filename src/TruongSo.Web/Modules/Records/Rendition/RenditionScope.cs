using System.Security.Claims;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Gradebook;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Web.Modules.Records.Rendition;

/// <summary>
/// Who may download which rendition, asked in one place. The class score sheet and the certificate
/// of results: whoever reads the whole class's gradebook (GVCN, principal, clerk, Sở; GradebookAccess);
/// the certificate also the student and their guardians. The transcript preview: the class's GVCN
/// and those who sign transcripts at the school (records.sign). Anyone else: null, answered 404.
/// </summary>
public sealed class RenditionScope(GradebookAccess gradebook, IAccessPolicy access, IFamilyLinks family, ISchoolStructure structure, TranscriptSource source)
{
    public async Task<ClassRef?> ScoreSheetAsync(ClaimsPrincipal user, Guid classId, CancellationToken ct = default) =>
        await gradebook.ForClassAsync(user, classId, ct) is { SeesWholeClass: true } book ? book.Class : null;

    public async Task<ClassRef?> CertificateAsync(ClaimsPrincipal user, Guid studentId, Guid schoolYearId, CancellationToken ct = default)
    {
        if (await ClassOfAsync(studentId, schoolYearId, ct) is not { } cls)
        {
            return null;
        }
        if (Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            && (await family.ChildrenOfAsync(userId, ct)).Any(c => c.StudentId == studentId))
        {
            return cls;
        }
        return await gradebook.ForClassAsync(user, cls.Id, ct) is { SeesWholeClass: true } ? cls : null;
    }

    public async Task<ClassRef?> PreviewAsync(ClaimsPrincipal user, Guid studentId, Guid schoolYearId, CancellationToken ct = default)
    {
        if (await ClassOfAsync(studentId, schoolYearId, ct) is not { } cls)
        {
            return null;
        }
        return await gradebook.ForClassAsync(user, cls.Id, ct) is { IsHomeroom: true } || await access.CanAsync(user, Permissions.SignRecords, cls.SchoolId, ct)
            ? cls : null;
    }

    private async Task<ClassRef?> ClassOfAsync(Guid studentId, Guid schoolYearId, CancellationToken ct) =>
        await structure.YearAsync(schoolYearId, ct) is { } year ? await source.ClassOfAsync(studentId, year, ct) : null;
}

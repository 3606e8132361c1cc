using System.Security.Claims;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Gradebook;
using TruongSo.Web.Modules.Gradebook.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Records.Archive.Data;

namespace TruongSo.Web.Modules.Records.Issuing;

/// <summary>
/// What one user may do with a class's transcripts. Reading follows the gradebook (the GVCN, the
/// school, the Sở); signing follows the paper học bạ: the class's GVCN signs first, then the
/// principal, then the school's seal (grading-rules.md §1.11, §3.2). Null means "not yours": 404.
/// </summary>
public sealed record ClassIssuing(ClassRef Class, SchoolYearRef Year, bool YearLocked, IReadOnlySet<SignatureStepRole> MaySign, bool CanManage)
{
    public bool MaySignAny => MaySign.Count > 0;
}

public sealed class IssuingGate(GradebookAccess gradebook, IAccessPolicy access, IYearRecords records)
{
    public const string NotFound = "Không tìm thấy lớp, hoặc bạn không xem được học bạ của lớp này.";
    public const string NotLocked = "Sổ điểm cả năm của lớp chưa được hiệu trưởng khoá: chỉ kí học bạ khi kết quả đã chốt.";

    public async Task<ClassIssuing?> ForClassAsync(ClaimsPrincipal user, Guid classId, CancellationToken ct = default)
    {
        if (await gradebook.ForClassAsync(user, classId, ct) is not { } book)
        {
            return null;
        }
        var schoolId = book.Class.SchoolId;
        var canView = book.IsHomeroom || await access.CanAsync(user, Permissions.ViewRecords, schoolId, ct);
        if (!canView)
        {
            return null;
        }
        var may = new HashSet<SignatureStepRole>();
        if (book.IsHomeroom)
        {
            may.Add(SignatureStepRole.Homeroom);
        }
        if (await access.CanAsync(user, Permissions.SignRecords, schoolId, ct))
        {
            may.Add(SignatureStepRole.Principal);
        }
        if (await access.CanAsync(user, Permissions.SealRecords, schoolId, ct))
        {
            may.Add(SignatureStepRole.Seal);
        }
        var locked = await records.IsYearLockedAsync(book.Year.Id, ct);
        return new ClassIssuing(book.Class, book.Year, locked, may, await access.CanAsync(user, Permissions.ManageRecords, schoolId, ct));
    }

    /// <summary>Vietnamese for the step a signer takes, as the signature's reason and in messages.</summary>
    public static string RoleName(SignatureStepRole role) => role switch
    {
        SignatureStepRole.Homeroom => "Giáo viên chủ nhiệm",
        SignatureStepRole.Principal => "Hiệu trưởng",
        _ => "Con dấu của nhà trường",
    };
}

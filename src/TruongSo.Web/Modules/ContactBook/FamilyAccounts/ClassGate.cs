using System.Security.Claims;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Web.Modules.ContactBook.FamilyAccounts;

/// <summary>
/// Who may read and make a class's family accounts: whoever holds contactbook.family-accounts on its
/// school. Staff of the school without it are refused (403); anyone else does not see the class (404).
/// </summary>
public sealed class ClassGate(IAccessPolicy access, ISchoolStructure structure)
{
    public async Task<(ClassRef? Class, Refused? Refused)> OpenAsync(ClaimsPrincipal user, Guid classId, CancellationToken ct = default)
    {
        var cls = await structure.ClassAsync(classId, ct);
        if (cls is null || !await access.CanAsync(user, Permissions.ViewOrganization, cls.SchoolId, ct))
        {
            return (null, Refused.NotFound("lớp này"));
        }
        return await access.CanAsync(user, Permissions.ManageFamilyAccounts, cls.SchoolId, ct)
            ? (cls, null)
            : (null, Refused.Forbidden("Cấp tài khoản phụ huynh cần quyền của ban giám hiệu hoặc văn thư nhà trường."));
    }
}

using System.Security.Claims;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Gradebook.HomeroomResults;

namespace TruongSo.Web.Modules.Gradebook.LockTerms;

/// <summary>
/// The principal's part of the workflow (TT22 Điều 20): locking, deciding unlock requests,
/// exemptions. Someone of the school who is not its principal is refused (403); anyone else
/// does not see the school at all (404).
/// </summary>
public sealed class PrincipalGate(GradebookAccess gradebook, IAccessPolicy access)
{
    public async Task<GradebookRefusal?> RefusalAsync(ClaimsPrincipal user, Guid schoolId, string what, CancellationToken ct = default) =>
        await gradebook.CanLockAsync(user, schoolId, ct) ? null
        : await access.CanAsync(user, Permissions.ViewOrganization, schoolId, ct)
            ? GradebookRefusal.Forbidden("Chỉ hiệu trưởng (ban giám hiệu) được khoá sổ, duyệt đề nghị mở khoá và quyết định miễn học.")
            : GradebookRefusal.NotFound(what);
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Gradebook.Contracts;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.MyResults;

/// <summary>MyResults for the contact book's portal, with the principal's locks of that year (ADR 0008: locked means final).</summary>
internal sealed class FamilyResultsReader(MyResults results, AppDbContext db) : IFamilyResults
{
    public async Task<FamilyResults?> ForAsync(ClaimsPrincipal user, Guid studentId, Guid? schoolYearId, CancellationToken ct = default)
    {
        if (await results.HandleAsync(user, studentId, schoolYearId, ct) is not { } view)
        {
            return null;
        }
        var locked = await db.Set<TermLock>().AsNoTracking().Where(l => l.SchoolYearId == view.SchoolYearId)
            .Select(l => l.Period).ToListAsync(ct);
        return new FamilyResults(view, [.. locked.Order().Select(MyResults.Code)]);
    }
}

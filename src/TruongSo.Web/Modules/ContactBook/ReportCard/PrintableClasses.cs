using System.Security.Claims;
using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Web.Modules.ContactBook.ReportCard;

/// <summary>The classes of a school's current year whose phiếu liên lạc the user may print (ReportCards.MayPrintAsync).</summary>
public sealed class PrintableClasses(ISchoolStructure structure, ReportCards cards)
{
    public async Task<IReadOnlyList<ClassRef>> HandleAsync(ClaimsPrincipal user, Guid schoolId, CancellationToken ct = default)
    {
        if (await structure.CurrentYearAsync(schoolId, ct) is not { } year)
        {
            return [];
        }
        var list = new List<ClassRef>();
        foreach (var cls in await structure.ClassesAsync(year.Id, ct))
        {
            if (await cards.MayPrintAsync(user, cls, ct))
            {
                list.Add(cls);
            }
        }
        return list;
    }
}

using System.Security.Claims;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.ContactBook.Reach;
using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Web.Modules.ContactBook.ReportCard;

/// <summary>
/// Who gets which phiếu liên lạc: a family (or the student) their own child's, for the class the
/// child sits in this year; the class's GVCN, and staff who read the school's gradebook, a whole
/// class in one PDF (a page per student). Anyone else gets null (404).
/// </summary>
public sealed class ReportCards(FamilyReach reach, ISchoolStructure structure, IAccessPolicy access, ClassTeachers teachers, ReportCardSource source, TimeProvider clock)
{
    /// <summary>hk1, hk2, year, or a month (yyyy-MM).</summary>
    public static bool IsPeriod(string? period) => ReportCardLabels.Periods.Contains(period) || (period is not null && ReportCardLabels.Month(period, null) is not null);

    public async Task<byte[]?> ForChildAsync(ClaimsPrincipal user, Guid studentId, string period, CancellationToken ct = default)
    {
        if (await reach.ChildInClassAsync(user, studentId, ct) is not { } child)
        {
            return null;
        }
        var cards = await source.ForClassAsync(child.Class, period, studentId, ct);
        return cards.Count == 0 ? null : ReportCardPdf.Render(cards, clock.GetUtcNow());
    }

    public async Task<(ClassRef Class, byte[] Pdf)?> ForClassAsync(ClaimsPrincipal user, Guid classId, string period, CancellationToken ct = default)
    {
        if (await structure.ClassAsync(classId, ct) is not { } cls || !await MayPrintAsync(user, cls, ct))
        {
            return null;
        }
        return (cls, ReportCardPdf.Render(await source.ForClassAsync(cls, period, null, ct), clock.GetUtcNow()));
    }

    public async Task<bool> MayPrintAsync(ClaimsPrincipal user, ClassRef cls, CancellationToken ct = default) =>
        await access.CanAsync(user, Permissions.ViewGradebook, cls.SchoolId, ct)
        || (Users.Id(user) is { } me && await teachers.IsHomeroomAsync(me, cls.Id, ct));
}

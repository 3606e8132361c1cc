using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Access.ManageUsers;
using TruongSo.Web.Modules.ContactBook.FamilyAccounts;
using TruongSo.Web.Modules.ContactBook.FamilyAccounts.Data;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Demo;

/// <summary>
/// Family accounts in the demo: the demo parent holds the Parent role at both schools of their
/// children (one account), and a few guardians of the THCS's 6A1 have accounts awaiting activation,
/// made by the văn thư as the school would. Their codes are only ever shown once, so to demo
/// activation the văn thư issues a new code at /lien-lac/tai-khoan-phu-huynh and hands it over.
/// </summary>
public sealed class DemoFamilyAccounts(AppDbContext db, GrantRole grants, IGuardianAccounts guardians, IssueCodes issue)
{
    public const int PendingGuardians = 3;
    public const string PendingClass = "6A1";

    public async Task SeedAsync(CancellationToken ct)
    {
        var thcs = await db.Set<OrgUnit>().Where(u => u.Code == DemoSeeder.SchoolCode).Select(u => u.Id).SingleAsync(ct);
        var primary = await db.Set<OrgUnit>().Where(u => u.Code == DemoSeeder.OtherSchoolCode).Select(u => u.Id).SingleAsync(ct);
        var parent = await db.Users.Where(u => u.NormalizedUserName == DemoFamilies.DemoParentPhone).Select(u => u.Id).SingleAsync(ct);
        await grants.AddAsync(parent, Roles.Parent, primary, ct);
        if (await db.Set<ActivationCode>().AnyAsync(c => c.SchoolId == thcs, ct))
        {
            return;
        }
        var year = await db.Set<SchoolYear>().Where(y => y.SchoolId == thcs && y.Status == SchoolYearStatus.Active).Select(y => y.Id).FirstAsync(ct);
        var classId = await db.Set<SchoolClass>().Where(c => c.SchoolYearId == year && c.Name == PendingClass).Select(c => c.Id).SingleAsync(ct);
        var chosen = (await guardians.OfClassAsync(classId, ct)).Where(g => g.Guardian.UserId is null)
            .Select(g => g.Guardian.Id).Distinct().Take(PendingGuardians).ToList();
        var clerk = await db.Users.Where(u => u.NormalizedUserName == "VANTHU").Select(u => u.Id).SingleAsync(ct);
        var asClerk = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, clerk.ToString())], "demo"));
        var outcome = await issue.HandleAsync(asClerk, new IssueCodesRequest(classId, chosen), ct);
        if (outcome.Refused is { } refused)
        {
            throw new InvalidOperationException("Không tạo được tài khoản phụ huynh demo: " + refused.Message);
        }
    }
}

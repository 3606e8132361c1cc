using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Modules.Records.Archive.Data;
using TruongSo.Web.Modules.Records.Issuing;
using TruongSo.Web.Modules.Records.Signing.Keys;
using TruongSo.Web.Modules.Records.Signing.Pki;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Demo;

/// <summary>
/// Học bạ số in the demo: a demo CA with keys for the schools' seals, principals and GVCNs (`pki
/// demo-ca`), and one finished class signed end to end — last year's 7A1 of the THCS, whose GVCN
/// is the demo teacher — so that /hoc-ba, the downloads and /xac-thuc have a real signed transcript
/// to show, while every other class waits for its GVCN to sign (key password: DemoCa.KeyPassword).
/// </summary>
public sealed class DemoTranscripts(AppDbContext db, DemoCa ca, KeyStore keys, ISchoolStructure structure, SignTranscripts sign)
{
    public const string SignedClass = "7A1";

    public async Task SeedAsync(CancellationToken ct)
    {
        await ca.CreateAsync([DemoSeeder.SchoolCode, DemoSeeder.OtherSchoolCode, DemoSeeder.UpperSchoolCode], ct);
        var school = await db.Set<OrgUnit>().Where(u => u.Code == DemoSeeder.SchoolCode).Select(u => u.Id).SingleAsync(ct);
        if ((await structure.YearsAsync(school, ct)).FirstOrDefault(y => y.Status == SchoolYearStatus.Closed) is not { } year
            || (await structure.ClassesAsync(year.Id, ct)).FirstOrDefault(c => c.Name == SignedClass) is not { } cls)
        {
            return;
        }
        var gvcn = await UserAsync("GIAOVIEN", ct);
        var principal = await UserAsync("HIEUTRUONG", ct);
        foreach (var (user, role, kind, owner) in new[]
        {
            (gvcn, SignatureStepRole.Homeroom, SigningKeyKind.Personal, gvcn),
            (principal, SignatureStepRole.Principal, SigningKeyKind.Personal, principal),
            (principal, SignatureStepRole.Seal, SigningKeyKind.Seal, school),
        })
        {
            if (await keys.CurrentAsync(kind, owner, ct) is not { } key)
            {
                return;
            }
            using var credential = await keys.UnlockAsync(key.Id, DemoCa.KeyPassword, ct);
            var asUser = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.ToString())], "demo"));
            await sign.HandleAsync(asUser, cls.Id, role, credential, ct: ct);
        }
    }

    private Task<Guid> UserAsync(string normalizedName, CancellationToken ct) =>
        db.Users.Where(u => u.NormalizedUserName == normalizedName).Select(u => u.Id).SingleAsync(ct);
}

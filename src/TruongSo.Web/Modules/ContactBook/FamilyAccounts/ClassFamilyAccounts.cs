using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.ContactBook.FamilyAccounts.Data;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.ContactBook.FamilyAccounts;

public enum AccountState { NoAccount, Pending, Expired, Activated }

public sealed record FamilyAccountRow(Guid GuardianId, string FullName, string Phone, IReadOnlyList<string> Children,
    AccountState State, DateTime? CodeExpiresAt, DateTime? ActivatedAt);

public sealed record ClassFamilyAccountsView(Guid ClassId, string ClassName, Guid SchoolId, IReadOnlyList<FamilyAccountRow> Guardians);

/// <summary>A class's guardians and where each stands: no account yet, a code handed over, activated.</summary>
public sealed class ClassFamilyAccounts(ClassGate gate, IGuardianAccounts guardians, AppDbContext db, TimeProvider clock)
{
    public async Task<(ClassFamilyAccountsView? View, Refused? Refused)> HandleAsync(ClaimsPrincipal user, Guid classId, CancellationToken ct = default)
    {
        var (cls, refused) = await gate.OpenAsync(user, classId, ct);
        if (cls is null)
        {
            return (null, refused);
        }
        var rows = await guardians.OfClassAsync(classId, ct);
        var ids = rows.Select(r => r.Guardian.Id).Distinct().ToArray();
        var codes = await db.Set<ActivationCode>().AsNoTracking().Where(c => ids.Contains(c.GuardianId)).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var list = rows.GroupBy(r => r.Guardian.Id).Select(g =>
        {
            var guardian = g.First().Guardian;
            var latest = codes.Where(c => c.GuardianId == guardian.Id).MaxBy(c => c.IssuedAt);
            var used = codes.Where(c => c.GuardianId == guardian.Id && c.UsedAt != null).MaxBy(c => c.UsedAt);
            var state = guardian.UserId is null ? AccountState.NoAccount
                : latest is null || latest.UsedAt is not null ? AccountState.Activated // no code at all: made with a password (e.g. by an administrator)
                : latest.IsLive(now) ? AccountState.Pending
                : used is not null ? AccountState.Activated : AccountState.Expired;
            return new FamilyAccountRow(guardian.Id, guardian.FullName, guardian.Phone, [.. g.Select(r => r.StudentName)],
                state, latest?.IsLive(now) == true ? latest.ExpiresAt : null, used?.UsedAt);
        }).ToList();
        return (new ClassFamilyAccountsView(cls.Id, cls.Name, cls.SchoolId, list), null);
    }
}

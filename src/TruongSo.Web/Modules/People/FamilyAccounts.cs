using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People;

internal sealed class FamilyAccounts(AppDbContext db) : IFamilyAccounts
{
    public async Task<IReadOnlyList<FamilyAccount>> OfStudentsAsync(IReadOnlyCollection<Guid> studentIds, CancellationToken ct = default)
    {
        var ids = studentIds.Distinct().ToArray();
        var guardians = await (
            from l in db.Set<StudentGuardian>().AsNoTracking()
            join g in db.Set<Guardian>() on l.GuardianId equals g.Id
            where ids.Contains(l.StudentId) && g.UserId != null
            select new FamilyAccount(l.StudentId, g.UserId!.Value, g.FullName, false)).ToListAsync(ct);
        var own = await db.Set<Student>().AsNoTracking().Where(s => ids.Contains(s.Id) && s.UserId != null)
            .Select(s => new FamilyAccount(s.Id, s.UserId!.Value, s.FullName, true)).ToListAsync(ct);
        return [.. guardians, .. own];
    }
}

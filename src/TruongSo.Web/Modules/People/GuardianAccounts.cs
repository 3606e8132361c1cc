using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People;

internal sealed class GuardianAccounts(AppDbContext db) : IGuardianAccounts
{
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>> AccountsOfAsync(IReadOnlyCollection<Guid> studentIds, CancellationToken ct = default)
    {
        var guardians = await (
            from l in db.Set<StudentGuardian>().AsNoTracking()
            where studentIds.Contains(l.StudentId)
            join g in db.Set<Guardian>() on l.GuardianId equals g.Id
            where g.UserId != null
            select new { l.StudentId, UserId = g.UserId!.Value }).ToListAsync(ct);
        var own = await db.Set<Student>().AsNoTracking().Where(s => studentIds.Contains(s.Id) && s.UserId != null)
            .Select(s => new { StudentId = s.Id, UserId = s.UserId!.Value }).ToListAsync(ct);
        return guardians.Concat(own).GroupBy(x => x.StudentId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Guid>)[.. g.Select(x => x.UserId).Distinct()]);
    }
}

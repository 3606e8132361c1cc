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

    public async Task<IReadOnlyList<ClassGuardian>> OfClassAsync(Guid classId, CancellationToken ct = default) =>
        await (
            from p in db.Set<ClassPlacement>().AsNoTracking()
            where p.ClassId == classId && p.To == null
            join s in db.Set<Student>() on p.StudentId equals s.Id
            join l in db.Set<StudentGuardian>() on s.Id equals l.StudentId
            join g in db.Set<Guardian>() on l.GuardianId equals g.Id
            orderby s.SortKey, s.Id, l.IsPrimaryContact descending, g.Id
            select new ClassGuardian(s.Id, s.StudentCode, s.FullName, l.Relation, l.IsPrimaryContact, new GuardianRecord(g.Id, g.FullName, g.Phone, g.UserId)))
            .ToListAsync(ct);

    public Task<GuardianRecord?> FindAsync(Guid guardianId, CancellationToken ct = default) =>
        db.Set<Guardian>().AsNoTracking().Where(g => g.Id == guardianId)
            .Select(g => new GuardianRecord(g.Id, g.FullName, g.Phone, g.UserId)).SingleOrDefaultAsync(ct);

    public async Task<IReadOnlyList<Guid>> SchoolsOfChildrenAsync(Guid guardianId, CancellationToken ct = default) =>
        await (from l in db.Set<StudentGuardian>().AsNoTracking()
               where l.GuardianId == guardianId
               join s in db.Set<Student>() on l.StudentId equals s.Id
               select s.SchoolId).Distinct().ToListAsync(ct);

    public async Task LinkAccountAsync(Guid guardianId, Guid userId, CancellationToken ct = default)
    {
        var guardian = await db.Set<Guardian>().SingleAsync(g => g.Id == guardianId, ct);
        guardian.UserId = userId;
        guardian.Version = Guid.NewGuid();
    }

    public async Task<IReadOnlyDictionary<Guid, Guid>> CurrentClassesAsync(IReadOnlyCollection<Guid> studentIds, CancellationToken ct = default)
    {
        var ids = studentIds.Distinct().ToArray();
        var open = await db.Set<ClassPlacement>().AsNoTracking().Where(p => ids.Contains(p.StudentId) && p.To == null)
            .Select(p => new { p.StudentId, p.ClassId, p.From }).ToListAsync(ct);
        return open.GroupBy(p => p.StudentId).ToDictionary(g => g.Key, g => g.MaxBy(p => p.From)!.ClassId);
    }
}

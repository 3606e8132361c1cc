using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People;

internal sealed class ClassRosters(AppDbContext db) : IClassRosters
{
    public async Task<IReadOnlyList<RosterEntry>> ForClassAsync(Guid classId, CancellationToken ct = default) =>
        (await ForClassesAsync([classId], ct)).GetValueOrDefault(classId) ?? [];

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<RosterEntry>>> ForClassesAsync(
        IReadOnlyCollection<Guid> classIds, CancellationToken ct = default)
    {
        var ids = classIds.Distinct().ToArray();
        var rows = await (
            from p in db.Set<ClassPlacement>().AsNoTracking()
            join s in db.Set<Student>().AsNoTracking() on p.StudentId equals s.Id
            where ids.Contains(p.ClassId)
            orderby s.SortKey, s.Id, p.From
            select new { p.ClassId, Entry = new RosterEntry(s.Id, s.StudentCode, s.FullName, s.SortKey, s.DateOfBirth, s.Gender, p.From, p.To) })
            .ToListAsync(ct);
        // A student who left and came back has two stays; the roster shows them once, with the latest.
        return rows.GroupBy(r => r.ClassId).ToDictionary(g => g.Key,
            g => (IReadOnlyList<RosterEntry>)[.. g.GroupBy(r => r.Entry.StudentId).Select(s => s.Last().Entry)]);
    }
}

internal sealed class FamilyLinks(AppDbContext db) : IFamilyLinks
{
    public async Task<IReadOnlyList<ChildRef>> ChildrenOfAsync(Guid userId, CancellationToken ct = default)
    {
        var asGuardian = await (
            from g in db.Set<Guardian>().AsNoTracking()
            where g.UserId == userId
            join l in db.Set<StudentGuardian>() on g.Id equals l.GuardianId
            join s in db.Set<Student>() on l.StudentId equals s.Id
            orderby s.DateOfBirth, s.Id
            select new ChildRef(s.Id, s.StudentCode, s.FullName, s.SchoolId, s.DateOfBirth, l.Relation)).ToListAsync(ct);
        if (asGuardian.Count > 0)
        {
            return asGuardian;
        }
        return await db.Set<Student>().AsNoTracking().Where(s => s.UserId == userId)
            .Select(s => new ChildRef(s.Id, s.StudentCode, s.FullName, s.SchoolId, s.DateOfBirth, "")).ToListAsync(ct);
    }
}

using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People.ImportExport.Students;

/// <summary>
/// What the database already holds for a file's rows, fetched set-wise: one query per thousand
/// codes, ID numbers, phones or students — never one per row.
/// </summary>
internal sealed class StudentLookup(AppDbContext db)
{
    private const int Chunk = 1000;

    public Dictionary<string, Student> ByCode { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Student> ByPersonalId { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Guid> GuardianByPhone { get; } = new(StringComparer.Ordinal);
    public HashSet<(Guid Student, Guid Guardian)> Links { get; } = [];
    public HashSet<Guid> StudentsWithGuardians { get; } = [];
    public Dictionary<Guid, Guid> OpenPlacementClass { get; } = [];

    public async Task LoadStudentsAsync(IReadOnlyCollection<string> codes, IReadOnlyCollection<string> personalIds, CancellationToken ct)
    {
        var students = db.Set<Student>().AsNoTracking();
        foreach (var chunk in codes.Chunk(Chunk))
        {
            foreach (var s in await students.Where(s => chunk.Contains(s.StudentCode)).ToListAsync(ct))
            {
                Remember(s);
            }
        }
        foreach (var chunk in personalIds.Chunk(Chunk))
        {
            foreach (var s in await students.Where(s => s.PersonalId != null && chunk.Contains(s.PersonalId)).ToListAsync(ct))
            {
                Remember(s);
            }
        }
    }

    private void Remember(Student s)
    {
        ByCode[s.StudentCode] = s;
        if (s.PersonalId is { } id)
        {
            ByPersonalId[id] = s;
        }
    }

    /// <summary>Which of these freshly drawn codes are taken already.</summary>
    public async Task<HashSet<string>> TakenCodesAsync(IReadOnlyCollection<string> codes, CancellationToken ct)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in codes.Chunk(Chunk))
        {
            taken.UnionWith(await db.Set<Student>().Where(s => chunk.Contains(s.StudentCode)).Select(s => s.StudentCode).ToListAsync(ct));
        }
        return taken;
    }

    public async Task LoadGuardiansAsync(IReadOnlyCollection<string> phones, IReadOnlyCollection<Guid> studentIds, CancellationToken ct)
    {
        foreach (var chunk in phones.Chunk(Chunk))
        {
            foreach (var g in await db.Set<Guardian>().Where(g => chunk.Contains(g.Phone)).Select(g => new { g.Id, g.Phone }).ToListAsync(ct))
            {
                GuardianByPhone[g.Phone] = g.Id;
            }
        }
        foreach (var chunk in studentIds.Chunk(Chunk))
        {
            foreach (var link in await db.Set<StudentGuardian>().Where(l => chunk.Contains(l.StudentId)).Select(l => new { l.StudentId, l.GuardianId }).ToListAsync(ct))
            {
                Links.Add((link.StudentId, link.GuardianId));
                StudentsWithGuardians.Add(link.StudentId);
            }
        }
    }

    public async Task LoadPlacementsAsync(Guid schoolYearId, IReadOnlyCollection<Guid> studentIds, CancellationToken ct)
    {
        foreach (var chunk in studentIds.Chunk(Chunk))
        {
            var open = await db.Set<ClassPlacement>()
                .Where(p => p.SchoolYearId == schoolYearId && p.To == null && chunk.Contains(p.StudentId))
                .Select(p => new { p.StudentId, p.ClassId }).ToListAsync(ct);
            foreach (var p in open)
            {
                OpenPlacementClass[p.StudentId] = p.ClassId;
            }
        }
    }
}

using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People.ImportExport.Students;

/// <summary>
/// What the database already holds for a file's rows, fetched set-wise: one query per kind of key
/// for the whole file, the keys sent as one array parameter (EF.Parameter: a JSON array read with
/// json_each on SQLite, = ANY(array) on PostgreSQL), so neither the SQL nor its plan depends on the
/// number of rows and there is no query per row or per chunk.
/// </summary>
internal sealed class StudentLookup(AppDbContext db)
{
    public Dictionary<string, Student> ByCode { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Student> ByPersonalId { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Guid> GuardianByPhone { get; } = new(StringComparer.Ordinal);
    public HashSet<(Guid Student, Guid Guardian)> Links { get; } = [];
    public HashSet<Guid> StudentsWithGuardians { get; } = [];
    public Dictionary<Guid, Guid> OpenPlacementClass { get; } = [];

    /// <summary>Every student holding one of the codes or one of the ID numbers, each once.</summary>
    public async Task LoadStudentsAsync(List<string> codes, List<string> personalIds, CancellationToken ct)
    {
        if (codes.Count + personalIds.Count == 0)
        {
            return;
        }
        var found = await db.Set<Student>().AsNoTracking()
            .Where(s => EF.Parameter(codes).Contains(s.StudentCode) || (s.PersonalId != null && EF.Parameter(personalIds).Contains(s.PersonalId)))
            .ToListAsync(ct);
        foreach (var s in found)
        {
            ByCode[s.StudentCode] = s;
            if (s.PersonalId is { } id)
            {
                ByPersonalId[id] = s;
            }
        }
    }

    /// <summary>Which of these freshly drawn codes are taken already.</summary>
    public async Task<HashSet<string>> TakenCodesAsync(List<string> codes, CancellationToken ct) =>
        codes.Count == 0 ? [] : new HashSet<string>(
            await db.Set<Student>().Where(s => EF.Parameter(codes).Contains(s.StudentCode)).Select(s => s.StudentCode).ToListAsync(ct), StringComparer.Ordinal);

    public async Task LoadGuardiansAsync(List<string> phones, List<Guid> studentIds, CancellationToken ct)
    {
        if (phones.Count > 0)
        {
            foreach (var g in await db.Set<Guardian>().Where(g => EF.Parameter(phones).Contains(g.Phone)).Select(g => new { g.Id, g.Phone }).ToListAsync(ct))
            {
                GuardianByPhone[g.Phone] = g.Id;
            }
        }
        if (studentIds.Count > 0)
        {
            foreach (var link in await db.Set<StudentGuardian>().Where(l => EF.Parameter(studentIds).Contains(l.StudentId)).Select(l => new { l.StudentId, l.GuardianId }).ToListAsync(ct))
            {
                Links.Add((link.StudentId, link.GuardianId));
                StudentsWithGuardians.Add(link.StudentId);
            }
        }
    }

    public async Task LoadPlacementsAsync(Guid schoolYearId, List<Guid> studentIds, CancellationToken ct)
    {
        if (studentIds.Count == 0)
        {
            return;
        }
        var open = await db.Set<ClassPlacement>()
            .Where(p => p.SchoolYearId == schoolYearId && p.To == null && EF.Parameter(studentIds).Contains(p.StudentId))
            .Select(p => new { p.StudentId, p.ClassId }).ToListAsync(ct);
        foreach (var p in open)
        {
            OpenPlacementClass[p.StudentId] = p.ClassId;
        }
    }
}

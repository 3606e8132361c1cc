using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Organization.ManageSchoolYears;

/// <summary>
/// The year-end roll-over's first half (ISchoolStructure.PrepareNextYearAsync): the next year, in
/// preparation with default dates, and each class's successor a grade up (7A1 → 8A1). Classes of
/// the school's top grade leave with their students and have none. Finds what an earlier call
/// made, saved or still pending in this unit of work, so calling it again changes nothing.
/// </summary>
internal sealed class PrepareNextYear(AppDbContext db, AuditLog audit)
{
    public async Task<IReadOnlyDictionary<Guid, Guid>> HandleAsync(Guid schoolYearId, CancellationToken ct)
    {
        var year = await db.Set<SchoolYear>().SingleOrDefaultAsync(y => y.Id == schoolYearId, ct)
            ?? throw new ArgumentException($"No school year {schoolYearId}.", nameof(schoolYearId));
        var school = await db.Set<School>().AsNoTracking().SingleAsync(s => s.Id == year.SchoolId, ct);
        await db.Set<SchoolYear>().Where(y => y.SchoolId == school.Id && y.StartYear == year.StartYear + 1).LoadAsync(ct);
        var next = db.Set<SchoolYear>().Local.FirstOrDefault(y => y.SchoolId == school.Id && y.StartYear == year.StartYear + 1);
        var yearCreated = next is null;
        next ??= CreateSchoolYear.Add(db, school.Id, year.StartYear + 1, SchoolYearDates.Default(year.StartYear + 1));

        var classes = await db.Set<SchoolClass>().Where(c => c.SchoolYearId == year.Id).ToListAsync(ct);
        await db.Set<SchoolClass>().Where(c => c.SchoolYearId == next.Id).LoadAsync(ct);
        var existing = db.Set<SchoolClass>().Local.Where(c => c.SchoolYearId == next.Id)
            .GroupBy(c => c.Name.ToUpperInvariant()).ToDictionary(g => g.Key, g => g.First());
        var map = new Dictionary<Guid, Guid>();
        var created = new List<string>();
        foreach (var old in classes.Where(c => c.Grade < school.HighestGrade).OrderBy(c => c.Grade).ThenBy(c => c.Name, ClassNames.Natural))
        {
            var name = ClassNames.Successor(old.Name, old.Grade);
            if (!existing.TryGetValue(name.ToUpperInvariant(), out var successor))
            {
                successor = new SchoolClass { SchoolId = school.Id, SchoolYearId = next.Id, Grade = old.Grade + 1, Name = name, Room = old.Room };
                db.Add(successor);
                existing[name.ToUpperInvariant()] = successor;
                created.Add(name);
            }
            if (successor.Grade == old.Grade + 1) // a same-named class of another grade is not its successor
            {
                map[old.Id] = successor.Id;
            }
        }
        if (yearCreated || created.Count > 0)
        {
            audit.Record(new AuditChange("school-year.prepare-next", "SchoolYear", next.Id.ToString(), null,
                new { From = year.Name, Year = next.Name, YearCreated = yearCreated, Classes = created }, SchoolId: school.Id));
        }
        return map;
    }
}

using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Modules.Organization.ManageSubjects;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Organization.ManageSchools;

/// <summary>
/// A school's grade range changing (a THCS becoming liên cấp): grades it gains get the 2018
/// programme's periods, on its subjects of the same code or on new ones; grades it loses (no
/// class is in them, the caller checked) lose their periods.
/// </summary>
internal static class SchoolGrades
{
    public static async Task ChangeAsync(AppDbContext db, School school, int lowest, int highest, CancellationToken ct)
    {
        if (school.LowestGrade == lowest && school.HighestGrade == highest)
        {
            return;
        }
        var subjects = await db.Set<Subject>().Include(s => s.Grades).Where(s => s.SchoolId == school.Id).ToListAsync(ct);
        foreach (var subject in subjects)
        {
            subject.Grades.RemoveAll(g => g.Grade < lowest || g.Grade > highest);
        }
        var gained = Enumerable.Range(lowest, highest - lowest + 1).Where(g => g < school.LowestGrade || g > school.HighestGrade).ToHashSet();
        var nextOrder = subjects.Count == 0 ? 0 : subjects.Max(s => s.SortOrder);
        foreach (var seeded in SubjectSeed.For(school.Id, lowest, highest))
        {
            var rows = seeded.Grades.Where(g => gained.Contains(g.Grade)).ToList();
            if (rows.Count == 0)
            {
                continue;
            }
            if (subjects.FirstOrDefault(s => s.Code == seeded.Code) is { } own)
            {
                own.Grades.AddRange(rows.Where(r => own.Grades.All(g => g.Grade != r.Grade)));
                own.Version = Guid.NewGuid();
            }
            else
            {
                seeded.Grades = rows;
                seeded.SortOrder = nextOrder += 10;
                db.Add(seeded);
            }
        }
        (school.LowestGrade, school.HighestGrade) = (lowest, highest);
    }
}

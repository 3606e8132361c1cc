using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Gradebook;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Demo;

/// <summary>
/// The demo's sổ điểm: last year (closed) complete — every mark, conduct, absences, the results
/// closed and the three periods locked, with a few students sent to the summer and one who
/// repeats (over 45 sessions absent: the People decision DemoStudents made); this year HK I
/// complete and closed, HK II about half the ĐĐGtx in. Idempotent, and the same every time
/// (seeded Random). Primary (TT27): levels and tests, qualities for the finished year.
/// </summary>
public sealed class DemoGrades(AppDbContext db, ISchoolStructure structure, IClassRosters rosters, GradingSettingsStore settings, AuditLog audit, TimeProvider clock)
{
    public async Task SeedAsync(IReadOnlyList<Guid> schoolIds, CancellationToken ct)
    {
        if (await db.Set<MarkRow>().AnyAsync(r => schoolIds.Contains(r.SchoolId), ct))
        {
            return;
        }
        var model = new DemoGradesModel(new Random(20261122));

        var now = clock.GetUtcNow().UtcDateTime;
        var rows = new DemoGradeRows();
        var locks = new List<TermLock>();
        var khoi = await db.Set<Student>().Where(s => s.FullName == DemoStudents.DemoStudentName).Select(s => s.Id).FirstOrDefaultAsync(ct);
        model.SetAbility(khoi, 8.9m);
        foreach (var schoolId in schoolIds)
        {
            if (await structure.SchoolAsync(schoolId, ct) is not { } school)
            {
                continue;
            }
            var grading = await settings.ForSchoolAsync(schoolId, ct);
            var subjects = await structure.SubjectsAsync(schoolId, ct);
            var years = (await db.Set<Modules.Organization.Data.SchoolYear>().AsNoTracking().Where(y => y.SchoolId == schoolId).OrderBy(y => y.StartYear)
                .Select(y => y.Id).ToListAsync(ct)).TakeLast(2).ToList();
            foreach (var yearId in years)
            {
                var year = (await structure.YearAsync(yearId, ct))!;
                var finished = year.Status == SchoolYearStatus.Closed;
                var classes = await structure.ClassesAsync(year.Id, ct);
                var byClass = await rosters.ForClassesAsync([.. classes.Select(c => c.Id)], ct);
                var stays = classes.ToDictionary(c => c.Id, c => (IReadOnlyList<RosterEntry>)[.. byClass.GetValueOrDefault(c.Id, []).Where(r => finished || r.To is null)]);
                var fates = finished
                    ? await FatesAsync(model, year, [.. classes.SelectMany(c => stays[c.Id].Select(s => (s, c.Grade)))], subjects, khoi, school.Level == SchoolLevel.Primary, ct)
                    : [];
                var builder = new DemoGradesClass(model, grading, now, rows);
                foreach (var cls in classes)
                {
                    builder.Add(school, year, cls, subjects, stays[cls.Id], fates, finished);
                }
                if (finished)
                {
                    locks.AddRange(new[] { GradingPeriod.Hk1, GradingPeriod.Hk2, GradingPeriod.Year }.Select(p => new TermLock
                    {
                        SchoolId = schoolId, SchoolYearId = year.Id, Period = p, LockedAt = now, LockedBy = Guid.Empty,
                    }));
                }
            }
            audit.Record(new AuditChange("demo.grades", "School", schoolId.ToString(), null, new { years = years.Count }, SchoolId: schoolId));
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // In the order of their unique index, so that each insert lands next to the previous one.
        await DemoGradesBulk.InsertAsync(db, [.. rows.MarkRows.OrderBy(r => r.StudentId).ThenBy(r => r.SubjectId).ThenBy(r => r.SchoolYearId).ThenBy(r => r.Term)], ct);
        await DemoGradesBulk.InsertAsync(db, [.. rows.SubjectResults.OrderBy(r => r.StudentId).ThenBy(r => r.SubjectId).ThenBy(r => r.Period)], ct);
        await DemoGradesBulk.InsertAsync(db, rows.StudentResults, ct);
        await DemoGradesBulk.InsertAsync(db, rows.Sheets, ct);
        db.AddRange(locks);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>
    /// Who falls where in the finished year: the student People records as repeating missed too many
    /// sessions; two others have a subject far below the threshold, one fails a comment subject and
    /// one the conduct of HK II — the engine then sends them to the summer.
    /// </summary>
    private async Task<Dictionary<Guid, (DemoFate, Guid?)>> FatesAsync(DemoGradesModel model, SchoolYearRef year, List<(RosterEntry Student, int Grade)> students,
        IReadOnlyList<SubjectRef> subjects, Guid khoi, bool primary, CancellationToken ct)
    {
        var ids = students.Select(s => s.Student.StudentId).ToList();
        var grades = students.GroupBy(s => s.Student.StudentId).ToDictionary(g => g.Key, g => g.First().Grade);
        var repeaters = await db.Set<YearEndDecision>().AsNoTracking()
            .Where(d => d.SchoolYearId == year.Id && d.Outcome == YearEndOutcome.Repeat && ids.Contains(d.StudentId)).Select(d => d.StudentId).ToListAsync(ct);
        var fates = repeaters.ToDictionary(id => id, id => (DemoFate.Repeats, (Guid?)null));
        var ordinary = ids.Distinct().Where(id => id != khoi && !fates.ContainsKey(id)).ToList();
        foreach (var fate in primary ? [] : new[] { DemoFate.WeakSubject, DemoFate.WeakSubject, DemoFate.FailedComment, DemoFate.ConductTraining })
        {
            var student = model.Pick(ordinary);
            ordinary.Remove(student);
            var kind = fate == DemoFate.FailedComment ? SubjectAssessment.CommentOnly : SubjectAssessment.Scored;
            var pool = subjects.Where(s => s.Assessment == kind && s.PeriodsByGrade.ContainsKey(grades[student])).ToList();
            fates[student] = (fate, fate == DemoFate.ConductTraining || pool.Count == 0 ? null : model.Pick(pool).Id);
        }
        return fates;
    }
}

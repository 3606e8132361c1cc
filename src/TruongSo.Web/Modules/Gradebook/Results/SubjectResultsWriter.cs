using Microsoft.EntityFrameworkCore;
using TruongSo.Rules.Grading;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Platform.Data;

// Not "…Gradebook.Results": that namespace would hide ASP.NET's Results class from the whole module.
namespace TruongSo.Web.Modules.Gradebook.Evaluation;

/// <summary>
/// Keeps the recorded subject results (ĐTBmhk, ĐTBmcn, Đ/CĐ, TT27 levels) in step with the marks: a
/// save of marks recomputes, in its own unit of work, the two terms and the year of the students it
/// touched, with the school's grading settings. The Comment and summer re-test of a row are kept.
/// </summary>
public sealed partial class SubjectResultsWriter(AppDbContext db, TimeProvider clock)
{
    private static readonly GradingPeriod[] Periods = [GradingPeriod.Hk1, GradingPeriod.Hk2, GradingPeriod.Year];
    private static readonly IReadOnlySet<GradingPeriod> NotExempt = new HashSet<GradingPeriod>();

    /// <param name="marks">Every mark of these students in the subject and year as it will be saved (the caller's unsaved changes included).</param>
    /// <remarks>Runs in the caller's transaction and writes the changed rows itself, set-based (<see cref="SetWrites"/>).</remarks>
    public async Task<IReadOnlyDictionary<Guid, StudentSubjectOutcome>> WriteAsync(ClassRef cls, Guid subjectId, SubjectRules rules,
        GradingSettings settings, IReadOnlyCollection<Guid> studentIds, IEnumerable<Mark> marks, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(cls);
        var ids = studentIds.Distinct().ToList();
        var exemptions = await ExemptionsAsync(cls.SchoolYearId, subjectId, ids, ct);
        var existing = (await db.Set<SubjectResult>().AsNoTracking()
            .Where(r => ids.Contains(r.StudentId) && r.SubjectId == subjectId && r.SchoolYearId == cls.SchoolYearId)
            .Select(r => new { r.Id, r.StudentId, r.Period, r.ClassId, r.Complete, r.AverageTenths, r.Level, r.Exempt, r.ComputedAt })
            .ToListAsync(ct))
            .ToDictionary(r => (r.StudentId, r.Period));
        var byStudent = marks.ToLookup(m => m.StudentId);
        var now = clock.GetUtcNow().UtcDateTime;
        var outcomes = new Dictionary<Guid, StudentSubjectOutcome>();
        var (inserts, updates) = (new List<object?[]>(), new List<object?[]>());
        foreach (var studentId in ids)
        {
            var outcome = outcomes[studentId] = Compute(rules, byStudent[studentId], exemptions.GetValueOrDefault(studentId, NotExempt), settings);
            foreach (var period in Periods)
            {
                var o = outcome.For(period);
                if (!existing.TryGetValue((studentId, period), out var row))
                {
                    inserts.Add([Guid.CreateVersion7(), cls.SchoolId, cls.SchoolYearId, subjectId, studentId, (int)period, cls.Id, o.Complete, o.AverageTenths, o.Level, o.Exempt, now]);
                }
                else if (row.ComputedAt == default || row.ClassId != cls.Id || row.Complete != o.Complete || row.AverageTenths != o.AverageTenths
                    || row.Level != o.Level || row.Exempt != o.Exempt)
                {
                    updates.Add([row.Id, cls.Id, o.Complete, o.AverageTenths, o.Level, o.Exempt, now]);
                }
            }
        }
        var writes = new SetWrites(db);
        await writes.InsertAsync(Table, [Id, .. Owner, .. Computed], inserts, ct);
        await writes.UpdateAsync(Table, 1, [Id, .. Computed], updates, ct);
        return outcomes;
    }

    private const string Table = "gradebook_subject_results";
    private static readonly SetColumn Id = new("id", typeof(Guid));
    private static readonly SetColumn[] Owner =
        [new("school_id", typeof(Guid)), new("school_year_id", typeof(Guid)), new("subject_id", typeof(Guid)), new("student_id", typeof(Guid)), new("period", typeof(int))];
    private static readonly SetColumn[] Computed =
        [new("class_id", typeof(Guid)), new("complete", typeof(bool)), new("average_tenths", typeof(int?)), new("level", typeof(string)), new("exempt", typeof(bool)), new("computed_at", typeof(DateTime))];

    /// <summary>The periods each student is exempt from the subject in (Điều 10–11; "Exempt" only: an individual plan is still marked).</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlySet<GradingPeriod>>> ExemptionsAsync(Guid schoolYearId, Guid subjectId,
        IReadOnlyCollection<Guid> studentIds, CancellationToken ct = default) =>
        (await db.Set<Exemption>().AsNoTracking()
            .Where(e => e.SchoolYearId == schoolYearId && e.SubjectId == subjectId && e.Kind == ExemptionKind.Exempt && studentIds.Contains(e.StudentId))
            .Select(e => new { e.StudentId, e.Period }).ToListAsync(ct))
        .GroupBy(e => e.StudentId)
        .ToDictionary(g => g.Key, g => (IReadOnlySet<GradingPeriod>)g.Select(e => e.Period).ToHashSet());
}

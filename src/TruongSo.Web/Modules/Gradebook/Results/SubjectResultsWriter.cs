using Microsoft.EntityFrameworkCore;
using TruongSo.Rules.Grading;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Platform.Data;

// Not "…Gradebook.Results": that namespace would hide ASP.NET's Results class from the whole module.
namespace TruongSo.Web.Modules.Gradebook.Evaluation;

/// <summary>The outcomes of a set of students in one subject and the rows that record them (<see cref="SubjectResultsWriter.Rows"/>).</summary>
public sealed record SubjectResultRows(IReadOnlyDictionary<Guid, StudentSubjectOutcome> Outcomes, IReadOnlyList<object?[]> Rows);

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
        var exemptions = await ExemptionsAsync(cls.SchoolYearId, subjectId, studentIds, ct);
        var rows = Rows(cls, subjectId, rules, settings, studentIds, marks, exemptions, clock.GetUtcNow().UtcDateTime);
        await WriteAsync(rows, ct);
        return rows.Outcomes;
    }

    /// <summary>
    /// The results of these students as the engine computes them from <paramref name="marks"/>, and the rows that
    /// record them: pure, so a save of marks can work them out before it waits for SQLite's writer.
    /// </summary>
    public static SubjectResultRows Rows(ClassRef cls, Guid subjectId, SubjectRules rules, GradingSettings settings, IReadOnlyCollection<Guid> studentIds,
        IEnumerable<Mark> marks, IReadOnlyDictionary<Guid, IReadOnlySet<GradingPeriod>> exemptions, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(cls);
        ArgumentNullException.ThrowIfNull(exemptions);
        var byStudent = marks.ToLookup(m => m.StudentId);
        var outcomes = new Dictionary<Guid, StudentSubjectOutcome>();
        var rows = new List<object?[]>(studentIds.Count * Periods.Length);
        foreach (var studentId in studentIds)
        {
            if (outcomes.ContainsKey(studentId))
            {
                continue;
            }
            var outcome = outcomes[studentId] = Compute(rules, byStudent[studentId], exemptions.GetValueOrDefault(studentId, NotExempt), settings);
            foreach (var period in Periods)
            {
                var o = outcome.For(period);
                rows.Add([Uuid7.Next(), cls.SchoolId, cls.SchoolYearId, subjectId, studentId, (int)period, cls.Id, o.Complete, o.AverageTenths, o.Level, o.Exempt, now]);
            }
        }
        return new(outcomes, rows);
    }

    /// <summary>
    /// In the caller's transaction: one upsert on the row's natural key (student, subject, year, period), which
    /// inserts a new row and rewrites an existing one only if a result changed, not computed_at alone (its Comment and
    /// summer re-test stay).
    /// </summary>
    public async Task WriteAsync(SubjectResultRows rows, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var writes = new SetWrites(db);
        string[] key = ["student_id", "subject_id", "school_year_id", "period"];
        if (!db.Database.IsSqlite())
        {
            // The rows of a student who moved class follow them in the same statement: PostgreSQL leaves the class's
            // index alone when class_id is set to the value it has.
            await writes.UpsertAsync(Table, [Id, .. Owner, .. Computed], key, Computed, Computed[..^1], rows.Rows, ct);
            return;
        }
        await writes.UpsertAsync(Table, [Id, .. Owner, .. Computed], key, Computed[1..], Computed[1..^1], rows.Rows, ct);
        // SQLite rewrites an index's entries for any column set, even to the same value, so class_id is kept out of the
        // upsert: the rows of a student who moved class follow them here, and nothing is written for the others.
        // A row is the table's columns in order (id, school, year, subject, student, period, class, …): each student once, as (student, subject, year, class).
        var moves = rows.Rows.Where(r => (int)r[5]! == (int)GradingPeriod.Hk1).Select(r => new[] { r[4], r[3], r[2], r[6] }).ToList();
        await writes.UpdateAsync(Table, 3, [Owner[3], Owner[2], Owner[1], Computed[0]], moves, ct, onlyChanged: true);
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

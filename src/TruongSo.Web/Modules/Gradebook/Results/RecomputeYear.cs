using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using TruongSo.Rules.Grading;
using TruongSo.Web.Modules.Attendance.Contracts;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.Evaluation;

/// <summary>How long each phase took and what changed: the CLI prints it, the benchmark reads it.</summary>
/// The process's CPU time per phase (LoadCpu, ComputeCpu) says what the work costs even when other work shares the cores.
public sealed record RecomputeReport(int Students, int Marks, int SubjectResults, int ChangedSubjectResults, int StudentResults,
    int ChangedStudentResults, TimeSpan Load, TimeSpan Compute, TimeSpan Write)
{
    public TimeSpan LoadCpu { get; init; }
    public TimeSpan ComputeCpu { get; init; }

    /// <summary>The subject results' share of <see cref="ComputeCpu"/>; the rest is the students' results.</summary>
    public TimeSpan SubjectsCpu { get; init; }
}

/// <summary>Everything a whole-year recompute reads, loaded once: what <see cref="RecomputeYear.Compute(RecomputeInput, DateTime, Action{object})"/> works on without I/O.</summary>
public sealed record RecomputeInput(SchoolYearRef Year, SchoolInfo? School, GradingSettings Settings, IReadOnlySet<GradingPeriod> Locked,
    IReadOnlyList<ClassRef> Classes, IReadOnlyList<SubjectRef> Subjects, IReadOnlyDictionary<Guid, IReadOnlyList<RosterEntry>> Roster,
    List<MarkCell> Marks, List<SubjectResult> SubjectRows, List<StudentResult> StudentRows, List<ExemptionCell> Exemptions)
{
    /// <summary>Sessions absent per student and term from the attendance register (the 45-session rule), where no count was entered.</summary>
    public IReadOnlyDictionary<(Guid Student, GradingPeriod Term), int> Attended { get; init; } = new Dictionary<(Guid Student, GradingPeriod Term), int>();
}

/// <summary>An exemption as the recompute reads it (TT22 Điều 10–11).</summary>
public readonly record struct ExemptionCell(Guid StudentId, Guid SubjectId, GradingPeriod Period, ExemptionKind Kind);

/// <summary>What a recompute found to write: new subject result rows, and rows it changed (already handed to <c>track</c>).</summary>
public sealed record RecomputeChanges(IReadOnlyList<SubjectResult> NewSubjectRows, int ChangedSubjectRows, int SubjectRows, int ChangedStudentRows);

/// <summary>
/// Recomputes a whole school year from its marks: every subject result (SubjectResultsWriter.Compute)
/// and every stored student result (ClassEvaluator.Evaluate), with the province's settings — after the
/// Sở changes a setting, or to check the stored results. Periods the principal locked stay as they are.
/// Loads everything in a few queries, computes in memory, and writes only the rows that changed.
/// </summary>
public sealed class RecomputeYear(AppDbContext db, ISchoolStructure structure, IClassRosters rosters, GradingSettingsStore settingsStore,
    SheetGate gate, AuditLog audit, TimeProvider clock, IAttendanceTotals attendance)
{
    public async Task<RecomputeReport?> RunAsync(Guid schoolYearId, CancellationToken ct = default)
    {
        var (started, cpuStarted) = (Stopwatch.GetTimestamp(), Environment.CpuUsage.TotalTime);
        if (await LoadAsync(schoolYearId, ct) is not { } input)
        {
            return null;
        }
        var (loaded, cpuLoaded) = (Stopwatch.GetTimestamp(), Environment.CpuUsage.TotalTime);
        var year = input.Year;
        var settings = input.Settings;
        var plan = Timed(input, clock.GetUtcNow().UtcDateTime, row => db.Attach(row), out var cpuSubjects);
        var (computed, cpuComputed) = (Stopwatch.GetTimestamp(), Environment.CpuUsage.TotalTime);

        db.AddRange(plan.NewSubjectRows);
        var changed = plan.NewSubjectRows.Count + plan.ChangedSubjectRows + plan.ChangedStudentRows;
        if (changed > 0)
        {
            audit.Record(new AuditChange("gradebook.recompute", "gradebook.year", year.Id.ToString(), null,
                new { SubjectResults = plan.NewSubjectRows.Count + plan.ChangedSubjectRows, StudentResults = plan.ChangedStudentRows, Settings = settings },
                "Tính lại theo điểm đã nhập và cài đặt của Sở.", year.SchoolId));
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        var written = Stopwatch.GetTimestamp();

        return new RecomputeReport(input.Roster.Values.Sum(r => r.Count(s => s.StaysToYearEnd(year))), input.Marks.Count, plan.SubjectRows,
            plan.NewSubjectRows.Count + plan.ChangedSubjectRows, input.StudentRows.Count, plan.ChangedStudentRows,
            Stopwatch.GetElapsedTime(started, loaded), Stopwatch.GetElapsedTime(loaded, computed), Stopwatch.GetElapsedTime(computed, written))
        {
            LoadCpu = cpuLoaded - cpuStarted,
            ComputeCpu = cpuComputed - cpuLoaded,
            SubjectsCpu = cpuSubjects - cpuLoaded,
        };
    }

    /// <summary>The calculation alone, no I/O (bench/gradebook-recompute measures it with BenchmarkDotNet): a changed row is handed to <paramref name="track"/> before it changes.</summary>
    public static RecomputeChanges Compute(RecomputeInput input, DateTime now, Action<object> track) => Timed(input, now, track, out _);

    private static RecomputeChanges Timed(RecomputeInput input, DateTime now, Action<object> track, out TimeSpan cpuSubjects)
    {
        ArgumentNullException.ThrowIfNull(input);
        var plan = new RecomputePlan(input, now, track);
        plan.SubjectResults();
        cpuSubjects = Environment.CpuUsage.TotalTime;
        plan.StudentResults();
        return new RecomputeChanges(plan.NewSubjectRows, plan.ChangedSubjectRows, plan.SubjectRowCount, plan.ChangedStudentRows);
    }

    /// <summary>Reads what the year's recompute needs, in a few queries (the baseline the issue compares the calculation with).</summary>
    public async Task<RecomputeInput?> LoadAsync(Guid schoolYearId, CancellationToken ct = default)
    {
        if (await structure.YearAsync(schoolYearId, ct) is not { } year)
        {
            return null;
        }
        var school = await structure.SchoolAsync(year.SchoolId, ct);
        var settings = await settingsStore.ForSchoolAsync(year.SchoolId, ct);
        var locked = await gate.LockedPeriodsAsync(schoolYearId, ct);
        var classes = await structure.ClassesAsync(schoolYearId, ct);
        var subjects = await structure.SubjectsAsync(year.SchoolId, ct);
        var roster = await rosters.ForClassesAsync([.. classes.Select(c => c.Id)], ct);
        // Only the columns the engine reads (the cells' values, not their owners' ids, which the row gives once).
        // The school in every filter: the (school, year) indexes then read this school's rows, not every school's.
        var marks = (await db.Set<MarkRow>().AsNoTracking().Where(r => r.SchoolId == year.SchoolId && r.SchoolYearId == schoolYearId)
            .Select(r => new MarkRow { StudentId = r.StudentId, SubjectId = r.SubjectId, Term = r.Term, Cells = r.Cells }).ToListAsync(ct))
            .SelectMany(r => r.Marks()).Select(m => new MarkCell(m.StudentId, m.SubjectId, m.Term, m.Column, m.Tenths, m.Level)).ToList();
        // The columns the plan compares and the engine reads; a row that changes is attached, so only what changed is written.
        var subjectRows = await db.Set<SubjectResult>().AsNoTracking().Where(r => r.SchoolId == year.SchoolId && r.SchoolYearId == schoolYearId)
            .Select(r => new SubjectResult
            {
                Id = r.Id, StudentId = r.StudentId, SubjectId = r.SubjectId, Period = r.Period, ClassId = r.ClassId, Complete = r.Complete,
                AverageTenths = r.AverageTenths, Level = r.Level, Exempt = r.Exempt, RetestTenths = r.RetestTenths, RetestLevel = r.RetestLevel,
            }).ToListAsync(ct);
        var studentRows = await db.Set<StudentResult>().AsNoTracking().Where(r => r.SchoolId == year.SchoolId && r.SchoolYearId == schoolYearId).ToListAsync(ct);
        var exemptions = await db.Set<Exemption>().AsNoTracking().Where(e => e.SchoolId == year.SchoolId && e.SchoolYearId == schoolYearId)
            .Select(e => new ExemptionCell(e.StudentId, e.SubjectId, e.Period, e.Kind)).ToListAsync(ct);
        var attended = await ClassEvaluator.AttendedAsync(attendance, year, [.. roster.Values.SelectMany(r => r).Select(r => r.StudentId).Distinct()], ct);
        return new RecomputeInput(year, school, settings, locked, classes, subjects, roster, marks, subjectRows, studentRows, exemptions)
        {
            Attended = attended,
        };
    }
}

using Microsoft.EntityFrameworkCore;
using TruongSo.Rules.Grading;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.Evaluation;

/// <param name="Blockers">Why the period cannot be closed yet, in Vietnamese; empty when it was closed.</param>
public sealed record CloseResult(bool Found, IReadOnlyList<string> Blockers, int Students)
{
    public bool Closed => Found && Blockers.Count == 0;
}

/// <summary>
/// The GVCN closes a term or the year (TT22 Điều 20: compiles the results, draws up the lists for
/// promotion, summer and commendation): refused while a subject sheet is not complete or a result
/// is missing; else every student's results, as the engine gives them, are written to
/// StudentResult (so what the principal locks is frozen), the homeroom sheet is marked complete
/// (ending any reopening), and after the year the decisions go to People for the roll-over.
/// </summary>
public sealed class ClassResultsCloser(AppDbContext db, ClassEvaluator evaluator, GradingSettingsStore settings, SheetGate gate,
    IYearEndDecisions decisions, AuditLog audit, TimeProvider clock)
{
    /// <param name="closedBy">The user closing, for the sheet; null for the demo seeder.</param>
    /// <param name="requireCompleteSheets">False only for tools (the demo seeder) that write results without subject sheets.</param>
    public async Task<CloseResult> CloseAsync(Guid classId, GradingPeriod period, Guid? closedBy, bool requireCompleteSheets = true, CancellationToken ct = default)
    {
        if (await evaluator.LoadAsync(classId, ct) is not { } facts)
        {
            return new CloseResult(false, [], 0);
        }
        if (await gate.LockedReasonAsync(facts.Year.Id, classId, null, period, ct) is { } locked)
        {
            return new CloseResult(true, [locked], 0);
        }
        var evaluation = ClassEvaluator.Evaluate(facts, await settings.ForSchoolAsync(facts.Class.SchoolId, ct), explain: false);
        var blockers = new List<string>();
        if (requireCompleteSheets)
        {
            blockers.AddRange(await IncompleteSheetsAsync(facts, period, ct));
        }
        blockers.AddRange(ClassEvaluationBlockers.Of(evaluation, period));
        if (blockers.Count > 0)
        {
            return new CloseResult(true, blockers, 0);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var changes = await ClassEvaluationRows.WriteAsync(db, evaluation, period, now, ct);
        await CompleteHomeroomSheetAsync(facts, period, closedBy, now, ct);
        if (period == GradingPeriod.Year)
        {
            await decisions.RecordAsync(facts.Year.Id, [.. evaluation.Students.Select(s => Decision(facts, s)).OfType<YearEndDecisionInput>()], ct);
        }
        audit.Record(new AuditChange("gradebook.close", "gradebook.homeroom", $"{classId}:{ResultCodes.Of(period)}",
            changes.Select(c => c.Before).ToList(), changes.Select(c => c.After).ToList(), SchoolId: facts.Class.SchoolId));
        await db.SaveChangesAsync(ct);
        return new CloseResult(true, [], evaluation.Students.Count);
    }

    private async Task<IEnumerable<string>> IncompleteSheetsAsync(ClassFacts facts, GradingPeriod period, CancellationToken ct)
    {
        GradingPeriod[] terms = period == GradingPeriod.Year ? [GradingPeriod.Hk1, GradingPeriod.Hk2] : [period];
        var done = (await db.Set<Sheet>().AsNoTracking()
            .Where(s => s.ClassId == facts.Class.Id && s.SubjectId != null && s.CompletedAt != null && terms.Contains(s.Period))
            .Select(s => new { s.SubjectId, s.Period }).ToListAsync(ct)).Select(s => (s.SubjectId!.Value, s.Period)).ToHashSet();
        return from term in terms
               from subject in facts.Subjects
               where !done.Contains((subject.Id, term))
               select $"Môn {subject.Name} ({ResultCodes.Vi(term).ToLowerInvariant()}): giáo viên bộ môn chưa đánh dấu hoàn thành sổ điểm.";
    }

    private async Task CompleteHomeroomSheetAsync(ClassFacts facts, GradingPeriod period, Guid? closedBy, DateTime now, CancellationToken ct)
    {
        var sheet = await db.Set<Sheet>().SingleOrDefaultAsync(s => s.ClassId == facts.Class.Id && s.SubjectId == null && s.Period == period, ct);
        if (sheet is null)
        {
            sheet = new Sheet { SchoolId = facts.Class.SchoolId, SchoolYearId = facts.Year.Id, ClassId = facts.Class.Id, Period = period };
            db.Add(sheet);
        }
        (sheet.CompletedAt, sheet.CompletedBy, sheet.ReopenedBy) = (now, closedBy, null);
        sheet.Version++;
    }

    /// <summary>
    /// Lên lớp becomes hoàn thành chương trình in the school's top grade; waiting for the summer
    /// clears any decision. TT27 Điều 11: for a primary student not completing, the principal decides (none here).
    /// </summary>
    private static YearEndDecisionInput? Decision(ClassFacts facts, StudentEvaluation s)
    {
        if (s.Tt27 is { YearResult: not >= Tt27YearResult.HoanThanh })
        {
            return null;
        }
        var outcome = s.Tt22?.Final?.Outcome ?? (s.Tt27 is not null ? Outcome.LenLop : null);
        YearEndOutcome? decided = outcome switch
        {
            Outcome.LenLop => facts.School is { } school && facts.Class.Grade >= school.HighestGrade ? YearEndOutcome.Graduate : YearEndOutcome.Promote,
            Outcome.OLaiLop => YearEndOutcome.Repeat,
            _ => null,
        };
        return new YearEndDecisionInput(s.Student.StudentId, decided, decided is null ? null : "Theo kết quả sổ điểm");
    }
}

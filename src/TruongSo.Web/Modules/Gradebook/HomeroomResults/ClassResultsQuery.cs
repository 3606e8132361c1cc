using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Gradebook.Evaluation;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.HomeroomResults;

/// <summary>
/// The homeroom view: every student × subject with the engine's results, computed on read from
/// what is recorded; once the period is locked, the results the GVCN closed (frozen) are shown.
/// </summary>
public sealed class ClassResultsQuery(HomeroomGate gate, ClassEvaluator evaluator, GradingSettingsStore settings, SheetGate sheets, AppDbContext db)
{
    public async Task<GradebookOutcome<ClassResultsView>> HandleAsync(ClaimsPrincipal user, Guid classId, GradingPeriod period, CancellationToken ct = default)
    {
        var (book, refused) = await gate.ReadAsync(user, classId, ct);
        if (refused is not null)
        {
            return refused;
        }
        if (await evaluator.LoadAsync(classId, ct) is not { } facts)
        {
            return GradebookRefusal.NotFound(HomeroomGate.ClassNotFound);
        }
        var evaluation = ClassEvaluator.Evaluate(facts, await settings.ForSchoolAsync(facts.Class.SchoolId, ct));
        var locked = await sheets.LockedReasonAsync(facts.Year.Id, classId, null, period, ct);
        var sheet = await db.Set<Sheet>().AsNoTracking().SingleOrDefaultAsync(s => s.ClassId == classId && s.SubjectId == null && s.Period == period, ct);
        var rows = evaluation.Students.Select(s => ClassResultsRows.Row(evaluation, s, period, frozen: locked is not null)).ToList();
        return new ClassResultsView(classId, facts.Class.Name, facts.Class.Grade, facts.Class.SchoolId, facts.Year.Id, facts.Year.Name,
            ResultCodes.Of(period), ResultCodes.Of(facts.RuleSet), book!.IsHomeroom || book.CanLock, book.CanLock, locked,
            sheet?.CompletedAt is not null, sheet?.CompletedAt,
            [.. facts.Subjects.Select(s => new SubjectColumn(s.Id, s.Code, s.Name, s.Assessment == SubjectAssessment.CommentOnly ? "comment" : "score"))],
            rows, Summarise(rows));
    }

    private static ClassSummary Summarise(List<StudentResultRow> rows)
    {
        static IReadOnlyDictionary<string, int> Count(IEnumerable<string?> values) =>
            values.GroupBy(v => v ?? "").ToDictionary(g => g.Key, g => g.Count());
        return new ClassSummary(rows.Count, Count(rows.Select(r => r.Learning)), Count(rows.Select(r => r.Conduct)),
            Count(rows.Select(r => r.FinalOutcome ?? r.YearEndOutcome)), Count(rows.Where(r => r.Honour is not null).Select(r => r.Honour)));
    }
}

using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People.EndSchoolYear;

/// <summary>The gradebook's door to the year-end decisions: the same rows the principal's year-end page records by hand.</summary>
internal sealed class GradebookDecisions(AppDbContext db, TimeProvider clock) : IYearEndDecisions
{
    public async Task RecordAsync(Guid schoolYearId, IReadOnlyList<YearEndDecisionInput> decisions, CancellationToken ct = default)
    {
        var ids = decisions.Select(d => d.StudentId).Distinct().ToList();
        var existing = await db.Set<YearEndDecision>().Where(d => d.SchoolYearId == schoolYearId && ids.Contains(d.StudentId)).ToDictionaryAsync(d => d.StudentId, ct);
        foreach (var input in decisions.DistinctBy(d => d.StudentId))
        {
            var decision = existing.GetValueOrDefault(input.StudentId);
            if (input.Outcome is not { } outcome)
            {
                if (decision is not null)
                {
                    db.Remove(decision);
                }
                continue;
            }
            if (decision is null)
            {
                decision = new YearEndDecision { StudentId = input.StudentId, SchoolYearId = schoolYearId };
                db.Add(decision);
            }
            else if (decision.Outcome == outcome && decision.Note == input.Note)
            {
                continue;
            }
            (decision.Outcome, decision.Note, decision.DecidedAt) = (outcome, input.Note, clock.GetUtcNow().UtcDateTime);
        }
    }
}

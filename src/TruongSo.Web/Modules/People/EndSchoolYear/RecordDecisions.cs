using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People.EndSchoolYear;

/// <param name="Outcome">Null clears an earlier decision.</param>
public sealed record DecisionInput(Guid StudentId, YearEndOutcome? Outcome, string? Note = null);

public sealed record RecordDecisionsRequest(IReadOnlyList<DecisionInput> Decisions);

public sealed record DecisionsRecorded(int Recorded, int Cleared);

/// <summary>
/// Xét lên lớp, ở lại lớp, hoàn thành chương trình (TT22 Điều 12–14), entered by hand until the
/// gradebook decides; the roll-over applies them.
/// </summary>
public sealed class RecordDecisionsHandler(AppDbContext db, StudentAccess access, ISchoolStructure structure, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<DecisionsRecorded>> HandleAsync(ClaimsPrincipal user, Guid schoolYearId, RecordDecisionsRequest request, CancellationToken ct = default)
    {
        if (await structure.YearAsync(schoolYearId, ct) is not { } year)
        {
            return Refusal.NotFound("năm học này");
        }
        if (await access.SchoolRefusalAsync(user, year.SchoolId, "năm học này", ct) is { } refused)
        {
            return refused;
        }
        var ids = request.Decisions.Select(d => d.StudentId).Distinct().ToList();
        var inYear = (await db.Set<ClassPlacement>().Where(p => p.SchoolYearId == schoolYearId && p.SchoolId == year.SchoolId && p.To == null && ids.Contains(p.StudentId))
            .Select(p => p.StudentId).Distinct().ToListAsync(ct)).ToHashSet();
        var errors = new Dictionary<string, string>();
        for (var i = 0; i < request.Decisions.Count; i++)
        {
            if (!inYear.Contains(request.Decisions[i].StudentId))
            {
                errors[$"decisions[{i}].studentId"] = "Học sinh không học lớp nào của trường trong năm học này.";
            }
        }
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        var existing = await db.Set<YearEndDecision>().Where(d => d.SchoolYearId == schoolYearId && ids.Contains(d.StudentId)).ToDictionaryAsync(d => d.StudentId, ct);
        var (recorded, cleared) = (0, 0);
        foreach (var input in request.Decisions.DistinctBy(d => d.StudentId))
        {
            var decision = existing.GetValueOrDefault(input.StudentId);
            if (input.Outcome is not { } outcome)
            {
                cleared += decision is null ? 0 : 1;
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
            recorded++;
        }
        audit.Record(new AuditChange("school-year.decisions", "SchoolYear", schoolYearId.ToString(), null,
            request.Decisions.Select(d => new { d.StudentId, d.Outcome, d.Note }).ToList(), SchoolId: year.SchoolId));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Refusal.Conflict("Quyết định vừa được người khác ghi; hãy tải lại rồi ghi lại.");
        }
        return new DecisionsRecorded(recorded, cleared);
    }
}

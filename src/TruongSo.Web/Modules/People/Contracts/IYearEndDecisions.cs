namespace TruongSo.Web.Modules.People.Contracts;

/// <param name="Outcome">Null clears an earlier decision (the gradebook is still waiting for the summer).</param>
public sealed record YearEndDecisionInput(Guid StudentId, YearEndOutcome? Outcome, string? Note = null);

/// <summary>
/// The year-end decisions (lên lớp, ở lại lớp, hoàn thành chương trình) as the gradebook decides
/// them when the homeroom teacher closes the year (TT22 Điều 12–14); the roll-over applies them.
/// </summary>
public interface IYearEndDecisions
{
    /// <summary>Adds, changes or clears the decisions in the caller's unit of work: the caller saves (and audits).</summary>
    Task RecordAsync(Guid schoolYearId, IReadOnlyList<YearEndDecisionInput> decisions, CancellationToken ct = default);
}

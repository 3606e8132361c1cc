using System.Collections.Concurrent;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Audit;

namespace TruongSo.Web.Modules.Gradebook.EnterMarks;

/// <summary>
/// What a save of a page needs before its transaction and what rarely changes: the page as the teacher may
/// write it, its class list, the teacher's name, and the class's exemptions from the subject (an exemption
/// is recorded by an audited change, which empties the kept scopes).
/// </summary>
public sealed record SaveScope(SheetRef Sheet, IReadOnlyDictionary<Guid, RosterEntry> Roster, string? TeacherName,
    IReadOnlyDictionary<Guid, IReadOnlySet<GradingPeriod>> Exemptions);

/// <summary>
/// A teacher saves the same page every few seconds; the eight queries that find it (class, year,
/// subject, grants, staff, assignments, class list, exemptions) answer the same each time. Kept per teacher × page
/// while no audited change other than a save of marks has committed in this process (every change to
/// assignments, class lists, classes and subjects is audited, ADR 0005), and for at most
/// <see cref="KeepFor"/>, which bounds what another instance's change takes to be seen (docs/adr/0016).
/// The term lock is not kept: it is read on every save.
/// </summary>
public sealed class SaveScopes
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromSeconds(10);
    private const int MaxEntries = 20_000;
    private readonly ConcurrentDictionary<(Guid User, Guid Class, Guid Subject, int Term), (SaveScope Scope, long Stamp, DateTimeOffset Until)> kept = new();
    private readonly AuditCommits commits;
    private readonly TimeProvider clock;

    public SaveScopes(AuditCommits commits, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(commits);
        (this.commits, this.clock) = (commits, clock);
        commits.Routine(SaveMarks.Action); // a save changes marks, never what is kept here
    }

    /// <summary>Read before the data a scope is built from: a change that commits meanwhile makes the scope stale at once.</summary>
    public long Stamp => commits.Changes;

    public SaveScope? Find(Guid userId, Guid classId, Guid subjectId, int term) =>
        kept.TryGetValue((userId, classId, subjectId, term), out var e) && e.Stamp == commits.Changes && e.Until > clock.GetUtcNow() ? e.Scope : null;

    public void Keep(Guid userId, SaveScope scope, long stamp)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (stamp != commits.Changes)
        {
            return;
        }
        if (kept.Count >= MaxEntries)
        {
            kept.Clear();
        }
        kept[(userId, scope.Sheet.Class.Id, scope.Sheet.Subject.Id, scope.Sheet.Term)] = (scope, stamp, clock.GetUtcNow() + KeepFor);
    }
}

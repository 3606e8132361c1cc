using System.Security.Claims;
using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Web.Modules.Gradebook.EnterMarks;

public sealed partial class SaveMarks
{
    /// <summary>
    /// The page as the user may write it and its class list, kept between saves (<see cref="SaveScopes"/>),
    /// and whether its term is locked, read on every save: a lock takes effect at once on every instance.
    /// </summary>
    private async Task<(SaveScope? Scope, bool TermLocked, Refusal? Refusal)> ScopeAsync(ClaimsPrincipal user, Guid classId, Guid subjectId, int term,
        CancellationToken ct)
    {
        var userId = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : (Guid?)null;
        var stamp = scopes.Stamp; // before anything is read, so that a change committed meanwhile is not kept
        var scope = userId is { } kept ? scopes.Find(kept, classId, subjectId, term) : null;
        var sheet = scope?.Sheet;
        if (sheet is null)
        {
            (sheet, var refusal) = await finder.FindAsync(user, classId, subjectId, term, write: true, ct);
            if (sheet is null)
            {
                return (null, false, refusal);
            }
        }
        else
        {
            names.Know(id, scope!.TeacherName);
        }
        var (locked, termLocked) = await gate.CheckAsync(sheet.Year.Id, classId, subjectId, sheet.Period, ct);
        if (locked is not null)
        {
            return (null, termLocked, Refusal.Conflict(locked));
        }
        if (scope is null)
        {
            var roster = (await rosters.ForClassAsync(classId, ct)).Where(r => r.StaysToYearEnd(sheet.Year)).ToDictionary(r => r.StudentId);
            scope = new SaveScope(sheet, roster, userId is null ? null : await names.FindAsync(id, ct));
            if (userId is not null)
            {
                scopes.Keep(id, scope, stamp);
            }
        }
        return (scope, termLocked, null);
    }
}

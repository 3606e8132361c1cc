using System.Security.Claims;
using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Web.Modules.Gradebook.EnterMarks;

public sealed partial class SaveMarks
{
    /// <summary>
    /// The page as the user may write it, its class list and exemptions, kept between saves (<see cref="SaveScopes"/>).
    /// Whether its term is locked is not kept: the save reads it with the page's row (<see cref="SheetRows.HoldAsync"/>).
    /// </summary>
    private async Task<(SaveScope? Scope, Refusal? Refusal)> ScopeAsync(ClaimsPrincipal user, Guid classId, Guid subjectId, int term,
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
                return (null, refusal);
            }
        }
        else
        {
            names.Know(id, scope!.TeacherName);
        }
        if (scope is null)
        {
            var roster = (await rosters.ForClassAsync(classId, ct)).Where(r => r.StaysToYearEnd(sheet.Year)).ToDictionary(r => r.StudentId);
            var exemptions = await results.ExemptionsAsync(sheet.Year.Id, subjectId, roster.Keys, ct);
            scope = new SaveScope(sheet, roster, userId is null ? null : await names.FindAsync(id, ct), exemptions);
            if (userId is not null)
            {
                scopes.Keep(id, scope, stamp);
            }
        }
        return (scope, null);
    }
}

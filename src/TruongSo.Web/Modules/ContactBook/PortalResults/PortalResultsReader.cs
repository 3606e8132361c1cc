using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using TruongSo.Web.Modules.Gradebook.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Web.Modules.ContactBook.PortalResults;

/// <summary>
/// A child's results for their family (the API and the page): the child must be among the
/// signed-in account's children (IFamilyLinks) or the answer is null, the same as for a child that
/// does not exist. A cached answer is served while its school's stamp holds; a hit needs no database,
/// and the gradebook's and People's services are resolved only on a miss (a hit builds none of them).
/// </summary>
public sealed class PortalResultsReader(IServiceProvider services, SchoolStamps stamps, PortalCache cache, IOptions<JsonOptions> json)
{
    // A school year never moves to another school: safe to keep for the process's life.
    private static readonly ConcurrentDictionary<Guid, Guid> SchoolOfYear = new();

    /// <summary>Null: not this account's child. A result with a null View: their child, with no class that year.</summary>
    public async Task<CachedResults?> ReadAsync(ClaimsPrincipal user, Guid studentId, Guid? schoolYearId, CancellationToken ct = default)
    {
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return null;
        }
        var children = await cache.ChildrenOfAsync(userId, services.GetRequiredService<IFamilyLinks>, stamps, ct);
        if (children.FirstOrDefault(c => c.StudentId == studentId) is not { } child)
        {
            return null;
        }
        var schoolId = schoolYearId is { } y ? await SchoolOfAsync(y, ct) : child.SchoolId;
        if (schoolId is not { } school)
        {
            return null;
        }
        var stamp = await stamps.OfAsync(school, ct);
        if (cache.Results(studentId, schoolYearId) is { } hit && hit.SchoolId == school && hit.Stamp == stamp)
        {
            return hit;
        }
        var read = await services.GetRequiredService<IFamilyResults>().ForAsync(user, studentId, schoolYearId, ct);
        var answer = CachedResults.Of(school, stamp, read is null ? null : ChildResults.From(read), json.Value.SerializerOptions);
        cache.Store(studentId, schoolYearId, answer);
        return answer;
    }

    private async Task<Guid?> SchoolOfAsync(Guid schoolYearId, CancellationToken ct)
    {
        if (SchoolOfYear.TryGetValue(schoolYearId, out var known))
        {
            return known;
        }
        if (await services.GetRequiredService<ISchoolStructure>().YearAsync(schoolYearId, ct) is not { } year)
        {
            return null;
        }
        return SchoolOfYear[schoolYearId] = year.SchoolId;
    }
}

using System.Security.Claims;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Gradebook.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.Teaching.Contracts;

namespace TruongSo.Web.Modules.Records.Issuing;

/// <summary>A finished (locked) school year of one school, with the classes whose transcripts the user sees.</summary>
public sealed record TranscriptYear(SchoolInfo School, SchoolYearRef Year, IReadOnlyList<ClassRef> Classes);

/// <summary>
/// /hoc-ba: for each school the user works at, the locked years and their classes — every class for
/// the principal and the văn thư (records.view), the homeroom classes for a GVCN.
/// </summary>
public sealed class TranscriptClasses(IStaffDirectory staff, ISchoolStructure structure, ITeachingAssignments assignments,
    IYearRecords records, IAccessPolicy access)
{
    public async Task<IReadOnlyList<TranscriptYear>> HandleAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var list = new List<TranscriptYear>();
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return list;
        }
        foreach (var member in await staff.ByUserAsync(userId, ct))
        {
            if (await structure.SchoolAsync(member.SchoolId, ct) is not { } school)
            {
                continue;
            }
            var wholeSchool = await access.CanAsync(user, Permissions.ViewRecords, school.Id, ct);
            foreach (var year in await structure.YearsAsync(school.Id, ct))
            {
                if (!await records.IsYearLockedAsync(year.Id, ct))
                {
                    continue;
                }
                var classes = await structure.ClassesAsync(year.Id, ct);
                if (!wholeSchool)
                {
                    var mine = (await assignments.ForYearAsync(year.Id, ct)).Where(a => a.IsHomeroom && a.StaffId == member.Id).Select(a => a.ClassId).ToHashSet();
                    classes = [.. classes.Where(c => mine.Contains(c.Id))];
                }
                if (classes.Count > 0)
                {
                    list.Add(new TranscriptYear(school, year, classes));
                }
            }
        }
        return list;
    }
}

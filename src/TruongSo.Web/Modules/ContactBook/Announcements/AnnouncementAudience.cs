using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Web.Modules.ContactBook.Announcements;

/// <summary>The classes an announcement goes to, in one school year; <see cref="Class"/> is set for a single class.</summary>
public sealed record AudienceTarget(Guid SchoolId, Guid YearId, ClassRef? Class, int? Grade, string Name, IReadOnlyList<ClassRef> Classes);

public sealed record Recipient(Guid UserId, string RecipientName, Guid StudentId, string StudentName, Guid ClassId, bool IsStudent);

/// <summary>Turns "class / grade / school" into classes, and classes into the family accounts of the students sitting there now.</summary>
public sealed class AnnouncementAudience(ISchoolStructure structure, IClassRosters rosters, IFamilyAccounts family)
{
    public async Task<AudienceTarget?> ResolveAsync(PublishRequest request, CancellationToken ct = default)
    {
        if (request.Audience == Audiences.Class)
        {
            return request.ClassId is { } id && await structure.ClassAsync(id, ct) is { } cls
                ? new AudienceTarget(cls.SchoolId, cls.SchoolYearId, cls, null, $"Lớp {cls.Name}", [cls])
                : null;
        }
        if (request.Audience is not (Audiences.Grade or Audiences.School) || request.SchoolId is not { } schoolId
            || await structure.CurrentYearAsync(schoolId, ct) is not { } year)
        {
            return null;
        }
        var classes = await structure.ClassesAsync(year.Id, ct);
        return request.Audience == Audiences.School
            ? new AudienceTarget(schoolId, year.Id, null, null, "Toàn trường", classes)
            : new AudienceTarget(schoolId, year.Id, null, request.Grade, $"Khối {request.Grade}", [.. classes.Where(c => c.Grade == request.Grade)]);
    }

    public async Task<IReadOnlyList<Recipient>> RecipientsAsync(AudienceTarget target, CancellationToken ct = default)
    {
        var rosterByClass = await rosters.ForClassesAsync([.. target.Classes.Select(c => c.Id)], ct);
        // Students who sit in the class now: one who moved to another class hears from that one.
        var sitting = rosterByClass.SelectMany(kv => kv.Value.Where(r => r.To is null).Select(r => (ClassId: kv.Key, Entry: r)))
            .DistinctBy(x => x.Entry.StudentId).ToDictionary(x => x.Entry.StudentId);
        var accounts = await family.OfStudentsAsync([.. sitting.Keys], ct);
        return [.. accounts.DistinctBy(a => (a.UserId, a.StudentId)).Select(a => new Recipient(a.UserId, a.FullName, a.StudentId,
            sitting[a.StudentId].Entry.FullName, sitting[a.StudentId].ClassId, a.IsStudent))];
    }
}

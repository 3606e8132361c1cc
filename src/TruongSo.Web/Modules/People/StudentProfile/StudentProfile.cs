using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Modules.People.Rules;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People.StudentProfile;

public sealed record GuardianLinkDto(Guid GuardianId, string FullName, string Phone, string Relation, string RelationName,
    bool IsPrimaryContact, string? Email, string? Occupation, Guid Version);

public sealed record EnrolmentDto(Guid SchoolId, string SchoolName, DateOnly AdmittedOn, DateOnly? LeftOn, LeaveReason? LeftReason,
    Guid? DestinationSchoolId, string? DestinationSchoolName, string? Note);

public sealed record PlacementDto(Guid Id, Guid ClassId, string ClassName, int? Grade, Guid SchoolYearId, string SchoolYearName,
    Guid SchoolId, string SchoolName, DateOnly From, DateOnly? To);

/// <param name="ReadOnlyReason">Null when the caller may change the profile; else why not (for the page to say).</param>
public sealed record StudentProfileDto(
    Guid Id, Guid Version, string StudentCode, string? PersonalId, string FullName, DateOnly DateOfBirth, Gender Gender,
    string EthnicityCode, string Ethnicity, string? PlaceOfBirth, string? Address, string? PhotoPath, string? SpecialNeeds,
    string? Exemptions, StudentStatus Status, Guid SchoolId, string SchoolName, string? ReadOnlyReason,
    IReadOnlyList<GuardianLinkDto> Guardians, IReadOnlyList<EnrolmentDto> Enrolments, IReadOnlyList<PlacementDto> Placements);

/// <summary>Hồ sơ học sinh: particulars, guardians, every stay with its school, every class with its year.</summary>
public sealed class StudentProfileQuery(AppDbContext db, StudentAccess access, IOrgDirectory org, ISchoolStructure structure)
{
    public async Task<Outcome<StudentProfileDto>> HandleAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        var student = await (await access.VisibleAsync(user, ct)).Where(s => s.Id == id)
            .Include(s => s.Enrolments).Include(s => s.Placements).AsSplitQuery().SingleOrDefaultAsync(ct);
        if (student is null)
        {
            return Refusal.NotFound("học sinh này");
        }
        var guardians = await db.Set<StudentGuardian>().AsNoTracking().Where(l => l.StudentId == id)
            .Join(db.Set<Guardian>(), l => l.GuardianId, g => g.Id, (l, g) => new { l, g })
            .OrderByDescending(x => x.l.IsPrimaryContact).ThenBy(x => x.g.FullName)
            .Select(x => new GuardianLinkDto(x.g.Id, x.g.FullName, x.g.Phone, x.l.Relation, "", x.l.IsPrimaryContact, x.g.Email, x.g.Occupation, x.g.Version))
            .ToListAsync(ct);
        var enrolments = new List<EnrolmentDto>();
        foreach (var e in student.Enrolments.OrderBy(e => e.AdmittedOn).ThenBy(e => e.Id))
        {
            enrolments.Add(new EnrolmentDto(e.SchoolId, await NameOfAsync(e.SchoolId, ct), e.AdmittedOn, e.LeftOn, e.LeftReason,
                e.DestinationSchoolId, e.DestinationSchoolId is { } d ? await NameOfAsync(d, ct) : null, e.Note));
        }
        var placements = new List<PlacementDto>();
        foreach (var p in student.Placements.OrderBy(p => p.From).ThenBy(p => p.Id))
        {
            var cls = await structure.ClassAsync(p.ClassId, ct);
            var year = await structure.YearAsync(p.SchoolYearId, ct);
            placements.Add(new PlacementDto(p.Id, p.ClassId, cls?.Name ?? "?", cls?.Grade, p.SchoolYearId, year?.Name ?? "?",
                p.SchoolId, await NameOfAsync(p.SchoolId, ct), p.From, p.To));
        }
        return new StudentProfileDto(student.Id, student.Version, student.StudentCode, student.PersonalId, student.FullName,
            student.DateOfBirth, student.Gender, student.EthnicityCode, Ethnicities.ByCode.GetValueOrDefault(student.EthnicityCode, student.EthnicityCode),
            student.PlaceOfBirth, student.Address, student.PhotoPath, student.SpecialNeeds, student.Exemptions, student.Status,
            student.SchoolId, await NameOfAsync(student.SchoolId, ct), (await access.WriteRefusalAsync(user, student, ct))?.Message,
            [.. guardians.Select(g => g with { RelationName = GuardianRelations.Name(g.Relation) })], enrolments, placements);
    }

    private async Task<string> NameOfAsync(Guid unitId, CancellationToken ct) => (await org.FindAsync(unitId, ct))?.Name ?? "?";
}

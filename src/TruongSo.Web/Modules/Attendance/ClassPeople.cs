using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.Teaching.Contracts;

namespace TruongSo.Web.Modules.Attendance;

public sealed record StudentInClass(Guid StudentId, string FullName, Guid ClassId, string ClassName, IReadOnlyList<Guid> Homeroom, IReadOnlyList<Guid> Family);

/// <summary>Whom attendance tells: a class's GVCN accounts, a student's class and family accounts (through other modules' contracts).</summary>
public sealed class ClassPeople(ISchoolStructure structure, IClassRosters rosters, ITeachingAssignments assignments, IStaffDirectory staff, IGuardianAccounts families)
{
    public async Task<IReadOnlyList<Guid>> HomeroomAccountsAsync(Guid classId, CancellationToken ct = default)
    {
        var staffIds = (await assignments.ForClassAsync(classId, ct)).Where(a => a.IsHomeroom).Select(a => a.StaffId).Distinct().ToList();
        return staffIds.Count == 0 ? [] : [.. (await staff.FindManyAsync(staffIds, ct)).Where(s => s.UserId is not null).Select(s => s.UserId!.Value)];
    }

    public async Task<IReadOnlyList<Guid>> FamilyAccountsAsync(Guid studentId, CancellationToken ct = default) =>
        (await families.AccountsOfAsync([studentId], ct)).GetValueOrDefault(studentId) ?? [];

    /// <summary>The class the student sits in now in that year (else the last one), with whom to tell.</summary>
    public async Task<StudentInClass> StudentAsync(Guid studentId, SchoolYearRef year, CancellationToken ct = default)
    {
        var placement = await PlacementAsync(studentId, year, ct);
        var homeroom = placement is { } p ? await HomeroomAccountsAsync(p.Class.Id, ct) : [];
        return new StudentInClass(studentId, placement?.Entry.FullName ?? "", placement?.Class.Id ?? Guid.Empty, placement?.Class.Name ?? "",
            homeroom, await FamilyAccountsAsync(studentId, ct));
    }

    public async Task<(ClassRef Class, RosterEntry Entry)?> PlacementAsync(Guid studentId, SchoolYearRef year, CancellationToken ct = default)
    {
        var classes = await structure.ClassesAsync(year.Id, ct);
        var byClass = await rosters.ForClassesAsync([.. classes.Select(c => c.Id)], ct);
        var stays = classes.SelectMany(c => byClass.GetValueOrDefault(c.Id, []).Where(r => r.StudentId == studentId).Select(r => (Class: c, Entry: r)))
            .OrderBy(x => x.Entry.To is null ? 0 : 1).ThenByDescending(x => x.Entry.From).ToList();
        return stays.Count == 0 ? null : stays[0];
    }
}

using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Modules.Organization.ManageClasses;
using TruongSo.Web.Modules.Organization.ManageSchoolYears;
using TruongSo.Web.Modules.Organization.ManageSubjects;
using TruongSo.Web.Modules.Organization.ViewSchools;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Organization;

/// <summary>Other modules read years, classes and subjects through this; it asks nobody's permission (the caller does).</summary>
internal sealed class SchoolStructure(
    AppDbContext db, FindSchools schools, FindSchoolYears years, FindClasses classes, FindSubjects subjects, PrepareNextYear prepare) : ISchoolStructure
{
    public async Task<SchoolInfo?> SchoolAsync(Guid schoolId, CancellationToken ct = default) =>
        await schools.FindAsync(schoolId, ct) is { } s ? new SchoolInfo(s.Id, s.Code, s.Name, s.ProvinceId, s.Level, s.LowestGrade, s.HighestGrade) : null;

    public async Task<SchoolYearRef?> YearAsync(Guid schoolYearId, CancellationToken ct = default) =>
        (await years.FindAsync(schoolYearId, ct))?.ToRef();

    public async Task<SchoolYearRef?> CurrentYearAsync(Guid schoolId, CancellationToken ct = default) =>
        await db.Set<SchoolYear>().AsNoTracking().Where(y => y.SchoolId == schoolId)
            .OrderBy(y => y.Status == SchoolYearStatus.Active ? 0 : 1).ThenByDescending(y => y.StartYear)
            .FirstOrDefaultAsync(ct) is { } y ? SchoolYearDto.From(y).ToRef() : null;

    public async Task<IReadOnlyList<SchoolYearRef>> YearsAsync(Guid schoolId, CancellationToken ct = default) =>
        [.. (await db.Set<SchoolYear>().AsNoTracking().Where(y => y.SchoolId == schoolId).OrderByDescending(y => y.StartYear).ToListAsync(ct))
            .Select(y => SchoolYearDto.From(y).ToRef())];

    public async Task<ClassRef?> ClassAsync(Guid classId, CancellationToken ct = default) =>
        (await classes.FindAsync(classId, ct))?.ToRef();

    public async Task<IReadOnlyList<ClassRef>> ClassesAsync(Guid schoolYearId, CancellationToken ct = default) =>
        [.. (await classes.OfYearAsync(schoolYearId, ct)).Select(c => c.ToRef())];

    public async Task<IReadOnlyList<ClassRef>> ClassesAsync(IReadOnlyCollection<Guid> classIds, CancellationToken ct = default) =>
        classIds.Count == 0 ? [] : [.. (await db.Set<SchoolClass>().AsNoTracking().Where(c => classIds.Contains(c.Id)).ToListAsync(ct)).Select(c => ClassDto.From(c).ToRef())];

    public async Task<SubjectRef?> SubjectAsync(Guid subjectId, CancellationToken ct = default) =>
        (await subjects.FindAsync(subjectId, ct))?.ToRef();

    public async Task<IReadOnlyList<SubjectRef>> SubjectsAsync(Guid schoolId, CancellationToken ct = default) =>
        [.. (await subjects.OfSchoolAsync(schoolId, ct)).Where(s => s.IsActive).Select(s => s.ToRef())];

    public Task<IReadOnlyDictionary<Guid, Guid>> PrepareNextYearAsync(Guid schoolYearId, CancellationToken ct = default) =>
        prepare.HandleAsync(schoolYearId, ct);
}

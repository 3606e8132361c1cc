using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Modules.People.ImportExport.Staff;
using TruongSo.Web.Modules.People.ImportExport.Students;
using TruongSo.Web.Modules.People.ImportExport.Xlsx;
using TruongSo.Web.Modules.People.Rules;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People.ImportExport;

/// <summary>
/// A school's lists as xlsx, in the import's own columns (an export can be imported again).
/// Every export is audited: Decree 13/2023 asks that exports of personal data be logged.
/// Callers check ViewStudents / ViewStaff on the school first.
/// </summary>
public sealed class Exports(AppDbContext db, ISchoolStructure structure, AuditLog audit)
{
    public async Task<byte[]> StudentsAsync(Guid schoolId, Guid? classId, CancellationToken ct = default)
    {
        var (students, classOf, admitted, guardians) = await LoadStudentsAsync(schoolId, classId, ct);
        var byStudent = guardians.ToLookup(g => g.StudentId);
        var rows = students.Select(s =>
        {
            var g = byStudent[s.Id].OrderByDescending(x => x.IsPrimaryContact).FirstOrDefault();
            return new object?[]
            {
                s.StudentCode, s.PersonalId, s.FullName, s.DateOfBirth, CellText.GenderName(s.Gender), Ethnicities.ByCode.GetValueOrDefault(s.EthnicityCode, s.EthnicityCode),
                s.PlaceOfBirth, s.Address, classOf.GetValueOrDefault(s.Id), admitted.TryGetValue(s.Id, out var on) ? on : null, s.SpecialNeeds, s.Exemptions,
                g?.Name, g is null ? null : GuardianRelations.Name(g.Relation), g?.Phone,
            };
        }).ToList();
        await LogAsync("students.export", schoolId, rows.Count, classId, ct);
        return XlsxWriter.ToBytes(new XlsxSheet(StudentSheet.SheetName, [.. StudentSheet.Columns.Select(c => c.Header)], rows, StudentSheet.Widths));
    }

    public async Task<byte[]> GuardiansAsync(Guid schoolId, Guid? classId, CancellationToken ct = default)
    {
        var (students, classOf, _, guardians) = await LoadStudentsAsync(schoolId, classId, ct);
        var byStudent = guardians.ToLookup(g => g.StudentId);
        var rows = students.SelectMany(s => byStudent[s.Id].OrderByDescending(g => g.IsPrimaryContact).Select(g => new object?[]
        {
            s.StudentCode, s.FullName, classOf.GetValueOrDefault(s.Id), g.Name, GuardianRelations.Name(g.Relation), g.Phone, g.Email, g.Occupation, g.IsPrimaryContact ? "Có" : "",
        })).ToList();
        await LogAsync("guardians.export", schoolId, rows.Count, classId, ct);
        return XlsxWriter.ToBytes(new XlsxSheet("PhuHuynh",
            ["Mã định danh", "Họ và tên học sinh", "Lớp", "Họ tên phụ huynh", "Quan hệ với học sinh", "SĐT phụ huynh", "Email", "Nghề nghiệp", "Liên hệ chính"],
            rows, [16, 26, 8, 26, 14, 14, 28, 20, 12]));
    }

    public async Task<byte[]> StaffAsync(Guid schoolId, CancellationToken ct = default)
    {
        var staff = await db.Set<StaffMember>().AsNoTracking().Where(s => s.SchoolId == schoolId && s.Status == StaffStatus.Working)
            .OrderBy(s => s.SortKey).ToListAsync(ct);
        var rows = staff.Select(s => new object?[]
        {
            s.StaffCode, s.FullName, s.DateOfBirth, CellText.GenderName(s.Gender), s.PersonalId, StaffCodes.Name(StaffCodes.Positions, s.Position),
            StaffCodes.Name(StaffCodes.Qualifications, s.Qualification), s.MainSubjects, StaffCodes.Name(StaffCodes.Employments, s.Employment), s.Phone, s.Email,
        }).ToList();
        await LogAsync("staff.export", schoolId, rows.Count, null, ct);
        return XlsxWriter.ToBytes(new XlsxSheet(StaffSheet.SheetName, [.. StaffSheet.Columns.Select(c => c.Header)], rows, StaffSheet.Widths));
    }

    private sealed record GuardianOf(Guid StudentId, string Name, string Phone, string? Email, string? Occupation, string Relation, bool IsPrimaryContact);

    /// <summary>The school's studying students (in one class if asked), with class, admission day and guardians: four queries.</summary>
    private async Task<(List<Student>, Dictionary<Guid, string>, Dictionary<Guid, DateOnly>, List<GuardianOf>)> LoadStudentsAsync(Guid schoolId, Guid? classId, CancellationToken ct)
    {
        var year = await structure.CurrentYearAsync(schoolId, ct);
        var classNames = year is null ? [] : (await structure.ClassesAsync(year.Id, ct)).ToDictionary(c => c.Id, c => c.Name);
        var placements = db.Set<ClassPlacement>().AsNoTracking().Where(p => p.SchoolId == schoolId && p.To == null && p.SchoolYearId == (year == null ? Guid.Empty : year.Id));
        var students = db.Set<Student>().AsNoTracking().Where(s => s.SchoolId == schoolId && s.Status == StudentStatus.Studying);
        if (classId is { } only)
        {
            students = students.Where(s => placements.Any(p => p.StudentId == s.Id && p.ClassId == only));
        }
        var ids = students.Select(s => s.Id);
        var placed = await placements.Where(p => ids.Contains(p.StudentId)).Select(p => new { p.StudentId, p.ClassId }).ToListAsync(ct);
        var classOf = placed.Where(p => classNames.ContainsKey(p.ClassId)).GroupBy(p => p.StudentId).ToDictionary(g => g.Key, g => classNames[g.First().ClassId]);
        var admitted = (await db.Set<Enrolment>().AsNoTracking().Where(e => e.SchoolId == schoolId && e.LeftOn == null && ids.Contains(e.StudentId))
            .Select(e => new { e.StudentId, e.AdmittedOn }).ToListAsync(ct)).GroupBy(e => e.StudentId).ToDictionary(g => g.Key, g => g.Max(e => e.AdmittedOn));
        var guardians = await (from l in db.Set<StudentGuardian>().AsNoTracking()
                               join g in db.Set<Guardian>().AsNoTracking() on l.GuardianId equals g.Id
                               where ids.Contains(l.StudentId)
                               select new GuardianOf(l.StudentId, g.FullName, g.Phone, g.Email, g.Occupation, l.Relation, l.IsPrimaryContact)).ToListAsync(ct);
        var list = (await students.ToListAsync(ct)).OrderBy(s => classOf.GetValueOrDefault(s.Id) ?? "\uffff", StringComparer.Ordinal).ThenBy(s => s.SortKey, StringComparer.Ordinal).ToList();
        return (list, classOf, admitted, guardians);
    }

    private async Task LogAsync(string action, Guid schoolId, int rows, Guid? classId, CancellationToken ct)
    {
        audit.Record(new AuditChange(action, "School", schoolId.ToString(), null, new { Rows = rows, ClassId = classId }, SchoolId: schoolId));
        await db.SaveChangesAsync(ct);
    }
}

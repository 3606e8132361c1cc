using System.Text;
using TruongSo.Web.Modules.Gradebook.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.Teaching.Contracts;

namespace TruongSo.Web.Modules.Records.Rendition;

/// <summary>
/// Gathers one transcript's data: the student's class in the year (IClassRosters), the school and
/// its Sở, the particulars (IStudentParticulars), the gradebook's year (IYearRecords), the GVCN
/// and principal by name. Null when the student sat in no class of that year.
/// </summary>
public sealed class TranscriptSource(ISchoolStructure structure, IOrgDirectory orgs, IClassRosters rosters, IStudentParticulars particulars,
    IYearRecords records, ITeachingAssignments assignments, IStaffDirectory staff)
{
    public async Task<TranscriptModel?> LoadAsync(Guid studentId, Guid schoolYearId, CancellationToken ct = default) =>
        await structure.YearAsync(schoolYearId, ct) is { } year && await ClassOfAsync(studentId, year, ct) is { } cls
            ? await LoadInClassAsync(studentId, cls, year, ct)
            : null;

    /// <summary>When the caller knows the class (a class signed in bulk): no search through the year's rosters per student.</summary>
    public async Task<TranscriptModel?> LoadInClassAsync(Guid studentId, ClassRef cls, SchoolYearRef year, CancellationToken ct = default)
    {
        if ((await particulars.FindManyAsync([studentId], ct)).GetValueOrDefault(studentId) is not { } student)
        {
            return null;
        }
        var record = await records.ForStudentAsync(studentId, cls.Id, year.Id, ct);
        var school = await SchoolAsync(cls.SchoolId, ct);
        var subjects = await SubjectsForAsync(school, cls.Grade, [record], ct);
        return TranscriptBuilder.Build(new(school, year, cls, await HomeroomTeacherAsync(cls.Id, ct), subjects), student, record,
            await records.IsYearLockedAsync(year.Id, ct));
    }

    /// <summary>The class the student sat in that year: the stay that reaches the year's end (the gradebook's roster rule), else the latest.</summary>
    public async Task<ClassRef?> ClassOfAsync(Guid studentId, SchoolYearRef year, CancellationToken ct = default)
    {
        var classes = await structure.ClassesAsync(year.Id, ct);
        var byClass = await rosters.ForClassesAsync([.. classes.Select(c => c.Id)], ct);
        return classes.SelectMany(c => byClass.GetValueOrDefault(c.Id, []).Where(r => r.StudentId == studentId).Select(r => (Class: c, Entry: r)))
            .OrderBy(x => x.Entry.StaysToYearEnd(year) ? 0 : 1).ThenByDescending(x => x.Entry.From)
            .Select(x => x.Class).FirstOrDefault();
    }

    /// <summary>The school, its Sở ("SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI"), the subjects it teaches, its GVCNs and its principal.</summary>
    public async Task<SchoolContext> SchoolAsync(Guid schoolId, CancellationToken ct = default)
    {
        var info = await structure.SchoolAsync(schoolId, ct);
        var province = info?.ProvinceId is { } p ? await orgs.FindAsync(p, ct) : null;
        var place = province?.Name is { } name ? " " + name.Replace("Thành phố ", "", StringComparison.Ordinal).Replace("Tỉnh ", "", StringComparison.Ordinal) : "";
        var working = await staff.WorkingAtAsync(schoolId, ct);
        var principal = working.FirstOrDefault(s => s.Position == "hieu-truong")?.FullName ?? "";
        return new SchoolContext(info, Nfc(("Sở Giáo dục và Đào tạo" + place).ToUpperInvariant()), principal, await structure.SubjectsAsync(schoolId, ct));
    }

    /// <summary>The subjects of the grade in the school's order, then any retired subject the records still hold.</summary>
    public async Task<IReadOnlyList<SubjectRef>> SubjectsForAsync(SchoolContext school, int grade, IEnumerable<StudentYearRecord> held, CancellationToken ct = default)
    {
        var list = school.Subjects.Where(s => s.PeriodsByGrade.ContainsKey(grade)).ToList();
        foreach (var id in held.SelectMany(r => r.Subjects).Select(s => s.SubjectId).Distinct().Where(id => list.All(s => s.Id != id)).ToList())
        {
            if (await structure.SubjectAsync(id, ct) is { } extra)
            {
                list.Add(extra);
            }
        }
        return list;
    }

    public async Task<string> HomeroomTeacherAsync(Guid classId, CancellationToken ct)
    {
        var homeroom = (await assignments.ForClassAsync(classId, ct)).FirstOrDefault(a => a.IsHomeroom);
        return homeroom is null ? "" : (await staff.FindAsync(homeroom.StaffId, ct))?.FullName ?? "";
    }

    /// <summary>PDFsharp does no shaping: decomposed marks would float, so every printed string is NFC.</summary>
    public static string Nfc(string? text) => (text ?? "").Normalize(NormalizationForm.FormC);
}

/// <summary>A school as its documents head it.</summary>
public sealed record SchoolContext(SchoolInfo? Info, string Department, string Principal, IReadOnlyList<SubjectRef> Subjects);

/// <summary>A class in a year as its documents head it.</summary>
public sealed record ClassContext(SchoolContext School, SchoolYearRef Year, ClassRef Class, string HomeroomTeacher, IReadOnlyList<SubjectRef> Subjects);

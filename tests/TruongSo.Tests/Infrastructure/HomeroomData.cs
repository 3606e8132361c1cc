using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Modules.Teaching.Data;
using TruongSo.Web.Platform.Text;

namespace TruongSo.Tests.Infrastructure;

/// <summary>A class of grade <see cref="Grade"/> with its students, its GVCN (an account) and the school's principal.</summary>
public sealed record HomeroomClass(OrgUnitRef Province, OrgUnitRef School, Guid YearId, Guid ClassId, int Grade, IReadOnlyList<Guid> Students,
    TestUser Gvcn, TestUser Principal, IReadOnlyDictionary<string, Guid> Subjects);

/// <summary>
/// A student's year in the subjects of grade 6–9 as the score grid would have recorded it: per
/// subject code the ĐTBmhk of each term and the ĐTBmcn ("8.0"), or "D"/"CD" for comment subjects.
/// </summary>
public sealed record RecordedYear(IReadOnlyDictionary<string, (string Hk1, string Hk2, string Year)> Subjects)
{
    public static readonly string[] Scored = ["TOAN", "NGUVAN", "NGOAINGU1", "KHTN", "LSDL", "TINHOC", "GDCD", "CONGNGHE"];
    public static readonly string[] Commented = ["GDTC", "AMNHAC", "MITHUAT", "HDTN", "GDDP"];

    /// <summary>The same average in both terms and the year for the eight scored subjects (in <see cref="Scored"/> order), every comment subject Đạt.</summary>
    public static RecordedYear Flat(params string[] averages) => new(
        Scored.Zip(averages).ToDictionary(x => x.First, x => (x.Second, x.Second, x.Second))
            .Concat(Commented.Select(c => KeyValuePair.Create(c, ("D", "D", "D")))).ToDictionary());

    public RecordedYear With(string code, string hk1, string hk2, string year) =>
        new(Subjects.Where(s => s.Key != code).Append(KeyValuePair.Create(code, (hk1, hk2, year))).ToDictionary());
}

public static class HomeroomData
{
    private static readonly string[] Given = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Khánh", "Lan", "Minh", "Nam", "Oanh", "Phúc", "Quân", "Sơn", "Thảo"];

    /// <summary>Names in Vietnamese order by the given name, so the class lists them as created.</summary>
    private static string Name(string family, int i) => $"{family} Văn {Given[i % Given.Length]}";

    /// <summary>A THCS in a province of its own (or the one given), year 2026–2027, one grade-6 class with students, its GVCN and the principal.</summary>
    public static async Task<HomeroomClass> HomeroomClassAsync(this SchoolData data, int students = 3, OrgUnitRef? province = null, string className = "6A1")
    {
        province ??= await data.ProvinceAsync();
        var school = await data.SchoolAsync(province, $"Trường THCS {SchoolData.Unique("H")}");
        var year = await data.InsertSchoolYearAsync(school, PeopleData.StartYear);
        var classId = await data.InsertClassAsync(school, year, className);
        var ids = new List<Guid>();
        for (var i = 0; i < students; i++)
        {
            ids.Add(await data.StudentAsync(school, Name("Nguyễn", i), classId));
        }
        var gvcn = await data.UserAsync(Roles.Teacher, school, "Lê Thị Chủ Nhiệm");
        await data.AssignAsync(school, year, classId, gvcn, subjectId: null);
        var principal = await data.UserAsync(Roles.Principal, school, "Phạm Văn Hiệu Trưởng");
        var subjects = await data.App.WithDbAsync(db => db.Set<Subject>().Where(s => s.SchoolId == school.Id).ToDictionaryAsync(s => s.Code, s => s.Id));
        return new HomeroomClass(province, school, year, classId, 6, ids, gvcn, principal, subjects);
    }

    /// <summary>Another class in the same school and year, with its own GVCN.</summary>
    public static async Task<HomeroomClass> SiblingClassAsync(this SchoolData data, HomeroomClass of, string className, int students = 1)
    {
        var classId = await data.InsertClassAsync(of.School, of.YearId, className);
        var ids = new List<Guid>();
        for (var i = 0; i < students; i++)
        {
            ids.Add(await data.StudentAsync(of.School, Name("Trần", i), classId));
        }
        var gvcn = await data.UserAsync(Roles.Teacher, of.School, "Đỗ Văn Chủ Nhiệm");
        await data.AssignAsync(of.School, of.YearId, classId, gvcn, subjectId: null);
        return of with { ClassId = classId, Students = ids, Gvcn = gvcn };
    }

    /// <summary>A staff record for the account and an assignment: homeroom (no subject) or a subject for both terms.</summary>
    public static Task AssignAsync(this SchoolData data, OrgUnitRef school, Guid yearId, Guid classId, TestUser user, Guid? subjectId) => data.App.WithDbAsync(async db =>
    {
        var staff = await db.Set<StaffMember>().FirstOrDefaultAsync(s => s.UserId == user.Id && s.SchoolId == school.Id);
        if (staff is null)
        {
            staff = new StaffMember
            {
                SchoolId = school.Id, StaffCode = SchoolData.Unique("GV"), FullName = "Giáo Viên Thử", NameSearch = VietnameseText.Fold("Giáo Viên Thử"),
                SortKey = VietnameseText.SortKey("Giáo Viên Thử"), UserId = user.Id, Status = TruongSo.Web.Modules.People.Contracts.StaffStatus.Working, CreatedAt = DateTime.UtcNow,
            };
            db.Add(staff);
        }
        foreach (var term in subjectId is null ? [0] : new[] { 1, 2 })
        {
            db.Add(new TeachingAssignment
            {
                SchoolId = school.Id, SchoolYearId = yearId, ClassId = classId, Kind = subjectId is null ? AssignmentKind.Homeroom : AssignmentKind.Subject,
                SubjectId = subjectId, Term = term, StaffId = staff.Id, PeriodsPerWeek = 4, CreatedAt = DateTime.UtcNow,
            });
        }
        return await db.SaveChangesAsync();
    });

    /// <summary>Inserts the subject results the score grid would have written (until the grid's writer is used here).</summary>
    public static Task RecordAsync(this SchoolData data, HomeroomClass c, Guid studentId, RecordedYear year) => data.App.WithDbAsync(async db =>
    {
        foreach (var (code, (hk1, hk2, whole)) in year.Subjects)
        {
            foreach (var (period, value) in new[] { (GradingPeriod.Hk1, hk1), (GradingPeriod.Hk2, hk2), (GradingPeriod.Year, whole) })
            {
                var scored = value is not ("D" or "CD" or "T" or "H" or "C");
                db.Add(new SubjectResult
                {
                    SchoolId = c.School.Id, SchoolYearId = c.YearId, ClassId = c.ClassId, SubjectId = c.Subjects[code], StudentId = studentId, Period = period,
                    Complete = value != "", AverageTenths = scored && value != "" ? (int)(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture) * 10) : null,
                    Level = scored ? null : value, ComputedAt = DateTime.UtcNow,
                });
            }
        }
        return await db.SaveChangesAsync();
    });

    /// <summary>Every subject teacher of the class has marked their sheets complete for these terms.</summary>
    public static Task CompleteSubjectSheetsAsync(this SchoolData data, HomeroomClass c, params GradingPeriod[] terms) => data.App.WithDbAsync(async db =>
    {
        foreach (var term in terms)
        {
            foreach (var code in RecordedYear.Scored.Concat(RecordedYear.Commented))
            {
                db.Add(new Sheet { SchoolId = c.School.Id, SchoolYearId = c.YearId, ClassId = c.ClassId, SubjectId = c.Subjects[code], Period = term, CompletedAt = DateTime.UtcNow });
            }
        }
        return await db.SaveChangesAsync();
    });

    /// <summary>Conduct for both terms of each student, through the GVCN's API.</summary>
    public static async Task ConductAsync(this HttpClient gvcn, Guid classId, string period, params (Guid Student, string Conduct)[] entries)
    {
        var response = await gvcn.PutAsJsonAsync($"/api/v1/gradebook/classes/{classId}/results/conduct?period={period}",
            new { entries = entries.Select(e => new { studentId = e.Student, conduct = e.Conduct, comment = "Ngoan, chăm chỉ." }) });
        response.EnsureSuccessStatusCode();
    }
}

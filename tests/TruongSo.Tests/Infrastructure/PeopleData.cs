using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Modules.People.AdmitStudent;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Modules.Teaching.Data;
using TruongSo.Web.Platform.Text;

namespace TruongSo.Tests.Infrastructure;

/// <summary>A school (THCS, grades 6–9, made by Organization's own handler) with the 2026-2027 year and some classes.</summary>
public sealed record PeopleSchool(OrgUnitRef School, Guid YearId, IReadOnlyDictionary<string, Guid> Classes)
{
    public Guid Id => School.Id;

    public Guid this[string className] => Classes[className];
}

public static class PeopleData
{
    public const int StartYear = 2026;

    public static Task<PeopleSchool> SchoolWithYearAsync(this SchoolData data, params string[] classes) => data.SchoolWithYearInAsync(null, classes);

    public static async Task<PeopleSchool> SchoolWithYearInAsync(this SchoolData data, OrgUnitRef? province, params string[] classes)
    {
        var school = await data.SchoolAsync(province, $"Trường THCS {SchoolData.Unique("T")}");
        var year = await data.InsertSchoolYearAsync(school, StartYear);
        var ids = new Dictionary<string, Guid>();
        foreach (var className in classes.Length == 0 ? ["6A1"] : classes)
        {
            ids[className] = await data.InsertClassAsync(school, year, className);
        }
        return new PeopleSchool(school, year, ids);
    }

    public static Task<Guid> InsertSchoolYearAsync(this SchoolData data, OrgUnitRef school, int startYear) => data.App.WithDbAsync(async db =>
    {
        var year = new SchoolYear
        {
            SchoolId = school.Id, StartYear = startYear, Name = SchoolYear.NameFor(startYear), Status = SchoolYearStatus.Active,
            Term1Start = new(startYear, 9, 5), Term1End = new(startYear + 1, 1, 15), Term2Start = new(startYear + 1, 1, 18), Term2End = new(startYear + 1, 5, 28),
        };
        db.Add(year);
        await db.SaveChangesAsync();
        return year.Id;
    });

    /// <param name="name">"7A1": the grade is read from the leading digits.</param>
    public static Task<Guid> InsertClassAsync(this SchoolData data, OrgUnitRef school, Guid yearId, string name) => data.App.WithDbAsync(async db =>
    {
        var grade = int.Parse(new string([.. name.TakeWhile(char.IsAsciiDigit)]), System.Globalization.CultureInfo.InvariantCulture);
        var cls = new SchoolClass { SchoolId = school.Id, SchoolYearId = yearId, Grade = grade, Name = name };
        db.Add(cls);
        await db.SaveChangesAsync();
        return cls.Id;
    });

    /// <summary>Admits a student through the module's own handler, acting as the system administrator.</summary>
    public static Task<Guid> StudentAsync(this SchoolData data, OrgUnitRef school, string fullName, Guid? classId = null,
        string? personalId = null, DateOnly? dateOfBirth = null, Gender gender = Gender.Male, string? code = null) =>
        data.App.WithServicesAsync(async sp =>
        {
            var admin = await AdminAsync(sp);
            var (admitted, refused) = await sp.GetRequiredService<AdmitStudentHandler>().HandleAsync(admin, new AdmitStudentRequest(
                school.Id, code, personalId, fullName, dateOfBirth ?? new DateOnly(2013, 3, 14), gender, "Kinh", AdmittedOn: new DateOnly(StartYear, 9, 5), ClassId: classId));
            return admitted?.Id ?? throw new InvalidOperationException(refused!.Message);
        });

    /// <summary>A valid số định danh for someone born in <paramref name="year"/>: province 001, the century/sex digit, random tail.</summary>
    public static string PersonalId(int year, Gender gender) =>
        $"001{(year >= 2000 ? 2 : 0) + (gender == Gender.Female ? 1 : 0)}{year % 100:D2}{Random.Shared.Next(0, 1_000_000):D6}";

    /// <summary>An API client for a new user holding <paramref name="role"/> on <paramref name="unit"/>.</summary>
    public static async Task<HttpClient> ApiAsync(this SchoolData data, string role, OrgUnitRef unit) =>
        await data.App.ApiAs(await data.UserAsync(role, unit));

    /// <summary>A teacher account with a staff record, assigned to teach Toán in <paramref name="classId"/> (the class-level grant).</summary>
    public static async Task<HttpClient> TeacherOfAsync(this SchoolData data, PeopleSchool school, Guid classId)
    {
        var user = await data.UserAsync(Roles.Teacher, school.School);
        await data.App.WithDbAsync(async db =>
        {
            var staff = new StaffMember
            {
                SchoolId = school.Id, StaffCode = SchoolData.Unique("GV"), FullName = "Trần Văn Giáo", NameSearch = VietnameseText.Fold("Trần Văn Giáo"),
                SortKey = VietnameseText.SortKey("Trần Văn Giáo"), UserId = user.Id, CreatedAt = DateTime.UtcNow,
            };
            var subject = await db.Set<Subject>().Where(s => s.SchoolId == school.Id).Select(s => (Guid?)s.Id).FirstOrDefaultAsync();
            db.Add(staff);
            db.Add(new TeachingAssignment
            {
                SchoolId = school.Id, SchoolYearId = school.YearId, ClassId = classId, Kind = subject is null ? AssignmentKind.Homeroom : AssignmentKind.Subject,
                SubjectId = subject, Term = subject is null ? 0 : 1, StaffId = staff.Id, PeriodsPerWeek = 4, CreatedAt = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        return await data.App.ApiAs(user);
    }

    private static async Task<ClaimsPrincipal> AdminAsync(IServiceProvider sp)
    {
        var db = sp.GetRequiredService<TruongSo.Web.Platform.Data.AppDbContext>();
        var id = await db.Users.Where(u => u.UserName == "admin").Select(u => u.Id).SingleAsync();
        return new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id.ToString())], "test"));
    }
}

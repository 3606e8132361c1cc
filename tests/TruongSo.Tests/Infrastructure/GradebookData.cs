using System.Linq.Expressions;
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

/// <summary>A class ready for its sổ điểm: its school (with the 2018 subjects), the active 2026-2027 year, and students in Vietnamese order.</summary>
public sealed record GradebookClass(OrgUnitRef School, Guid YearId, Guid Id, string Name, IReadOnlyList<Guid> Students, IReadOnlyDictionary<string, Guid> Subjects)
{
    public Guid Subject(string code) => Subjects[code];

    /// <summary>/api/v1/gradebook/classes/{class}/subjects/{subject}/terms/{term}/marks</summary>
    public string Marks(string subjectCode, int term) => $"/api/v1/gradebook/classes/{Id}/subjects/{Subject(subjectCode)}/terms/{term}/marks";

    public string Page(string subjectCode, int term) => $"/so-diem/{Id}/{Subject(subjectCode)}/{term}";
}

/// <summary>The gradebook in the school's words: a class with students, its subject teacher, a locked term, an exemption.</summary>
public static class GradebookData
{
    public static readonly string[] Names = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu", "Phạm Thu Dung", "Hoàng Gia Huy", "Vũ Ngọc Lan"];

    /// <param name="className">"6A1" (THCS, TT22) or "4A1" (primary, TT27): the grade is read from the leading digit.</param>
    public static async Task<GradebookClass> GradebookClassAsync(this SchoolData data, string className = "6A1", int students = 3, OrgUnitRef? province = null)
    {
        var primary = int.Parse(new string([.. className.TakeWhile(char.IsAsciiDigit)]), System.Globalization.CultureInfo.InvariantCulture) <= 5;
        var school = (await data.NewSchoolAsync(province, primary ? SchoolLevel.Primary : SchoolLevel.LowerSecondary,
            primary ? $"Trường Tiểu học {SchoolData.Unique("T")}" : $"Trường THCS {SchoolData.Unique("T")}")).Unit();
        var year = await data.InsertSchoolYearAsync(school, PeopleData.StartYear);
        var classId = await data.InsertClassAsync(school, year, className);
        var ids = new List<Guid>();
        // Names hold no digits (People refuses them): past the six, family × given name pairs.
        foreach (var name in Names.Take(students).Concat(Names.SelectMany(f => Names, (f, g) => $"{f.Split(' ')[0]} Văn {g.Split(' ')[^1]}").Take(Math.Max(0, students - Names.Length))))
        {
            ids.Add(await data.StudentAsync(school, name, classId));
        }
        var subjects = await data.App.WithDbAsync(db => db.Set<Subject>().Where(s => s.SchoolId == school.Id).ToDictionaryAsync(s => s.Code, s => s.Id));
        return new GradebookClass(school, year, classId, className, ids, subjects);
    }

    /// <summary>A teacher account on the school's staff, assigned to teach the subject in the class for the term.</summary>
    public static async Task<TestUser> TeacherOfAsync(this SchoolData data, GradebookClass cls, string subjectCode, int term, string fullName = "Lê Thị Hoa")
    {
        var user = await data.UserAsync(Roles.Teacher, cls.School, fullName);
        await data.App.WithDbAsync(async db =>
        {
            var staff = new StaffMember
            {
                SchoolId = cls.School.Id, StaffCode = SchoolData.Unique("GV"), FullName = fullName, NameSearch = VietnameseText.Fold(fullName),
                SortKey = VietnameseText.SortKey(fullName), UserId = user.Id, CreatedAt = DateTime.UtcNow,
            };
            db.Add(staff);
            db.Add(new TeachingAssignment
            {
                SchoolId = cls.School.Id, SchoolYearId = cls.YearId, ClassId = cls.Id, Kind = AssignmentKind.Subject, SubjectId = cls.Subject(subjectCode),
                Term = term, StaffId = staff.Id, PeriodsPerWeek = 4, CreatedAt = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        return user;
    }

    /// <summary>The principal locks the term for the whole school (as the lock feature will).</summary>
    public static Task LockTermAsync(this SchoolData data, GradebookClass cls, int term) => data.App.WithDbAsync(async db =>
    {
        db.Add(new TermLock { SchoolId = cls.School.Id, SchoolYearId = cls.YearId, Period = (GradingPeriod)term, LockedAt = DateTime.UtcNow, LockedBy = Guid.NewGuid() });
        return await db.SaveChangesAsync();
    });

    /// <summary>An approved unlock request reopens one sheet of a locked term.</summary>
    public static Task ReopenAsync(this SchoolData data, GradebookClass cls, string subjectCode, int term) => data.App.WithDbAsync(async db =>
    {
        var subject = cls.Subject(subjectCode);
        var sheet = await db.Set<Sheet>().SingleOrDefaultAsync(s => s.ClassId == cls.Id && s.SubjectId == subject && s.Period == (GradingPeriod)term);
        if (sheet is null)
        {
            db.Add(sheet = new Sheet { SchoolId = cls.School.Id, SchoolYearId = cls.YearId, ClassId = cls.Id, SubjectId = subject, Period = (GradingPeriod)term });
        }
        sheet.ReopenedBy = Guid.NewGuid();
        return await db.SaveChangesAsync();
    });

    /// <summary>The principal exempts a student from a subject for a term (TT22 Điều 10).</summary>
    public static Task ExemptAsync(this SchoolData data, GradebookClass cls, Guid student, string subjectCode, int term) => data.App.WithDbAsync(async db =>
    {
        db.Add(new Exemption
        {
            SchoolId = cls.School.Id, SchoolYearId = cls.YearId, StudentId = student, SubjectId = cls.Subject(subjectCode), Period = (GradingPeriod)term,
            Kind = ExemptionKind.Exempt, Reason = "Giấy xác nhận của bệnh viện", DecidedAt = DateTime.UtcNow, DecidedBy = Guid.NewGuid(),
        });
        return await db.SaveChangesAsync();
    });

    /// <summary>The cells stored for the class's students (each row holds a student's cells of a subject and term).</summary>
    public static async Task<int> MarkCountAsync(this SchoolData data, GradebookClass cls) =>
        (await data.App.StoredMarksAsync(r => cls.Students.Contains(r.StudentId))).Count;

    /// <summary>The cells of the rows that match, as marks.</summary>
    public static Task<List<Mark>> StoredMarksAsync(this TestApp app, Expression<Func<MarkRow, bool>> rows) =>
        app.WithDbAsync(db => db.Set<MarkRow>().Where(rows).MarksAsync());

    /// <summary>One cell as the API takes it.</summary>
    public static object Cell(Guid student, string column, object? value, int version = 0, string? note = null) =>
        new { studentId = student, column, value, version, note };

    public static Task<HttpResponseMessage> SaveMarksAsync(this HttpClient api, GradebookClass cls, string subjectCode, int term, object[] cells, string? reason = null) =>
        api.PutAsJsonAsync(cls.Marks(subjectCode, term), new { cells, reason });
}

using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Platform.Text;

namespace TruongSo.Tests.Infrastructure;

/// <summary>A school set up for teaching assignments: a year, classes, subjects and teachers.</summary>
public sealed record TeachingSchool(OrgUnitRef School, Guid YearId, IReadOnlyList<SchoolClass> Classes, IReadOnlyDictionary<string, Guid> Subjects);

public static class TeachingData
{
    /// <summary>
    /// A THCS school (seeded with the 2018 subjects: Toán 140 periods, GDCD 35) with a year, classes
    /// 6A1..6A{count}, and a custom subject taught in grade 7 only (TIENGDT).
    /// </summary>
    public static async Task<TeachingSchool> SchoolWithClassesAsync(this SchoolData data, int classes = 3)
    {
        var school = await data.SchoolAsync();
        var year = new SchoolYear
        {
            SchoolId = school.Id, StartYear = 2026, Name = "2026-2027", Status = SchoolYearStatus.Active,
            Term1Start = new(2026, 9, 5), Term1End = new(2027, 1, 15), Term2Start = new(2027, 1, 18), Term2End = new(2027, 5, 28),
        };
        var rows = Enumerable.Range(1, classes).Select(i => new SchoolClass { SchoolId = school.Id, SchoolYearId = year.Id, Grade = 6, Name = $"6A{i}" }).ToList();
        var custom = new Subject { SchoolId = school.Id, Code = "TIENGDT", Name = "Tiếng dân tộc", Grades = [new SubjectGrade { Grade = 7, PeriodsPerYear = 105 }] };
        var subjects = await data.App.WithDbAsync(async db =>
        {
            db.Add(year);
            db.AddRange(rows);
            db.Add(custom);
            await db.SaveChangesAsync();
            return await db.Set<Subject>().Where(x => x.SchoolId == school.Id).ToDictionaryAsync(x => x.Code, x => x.Id);
        });
        return new TeachingSchool(school, year.Id, rows, subjects);
    }

    /// <summary>A teacher on the school's staff, optionally linked to a sign-in account.</summary>
    public static async Task<Guid> TeacherAsync(this SchoolData data, OrgUnitRef school, string fullName, Guid? userId = null)
    {
        var teacher = new StaffMember
        {
            SchoolId = school.Id, StaffCode = SchoolData.Unique("GV"), FullName = fullName, NameSearch = VietnameseText.Fold(fullName),
            SortKey = VietnameseText.SortKey(fullName), Position = "giao-vien", UserId = userId, Status = StaffStatus.Working, CreatedAt = DateTime.UtcNow,
        };
        await data.App.WithDbAsync(async db =>
        {
            db.Add(teacher);
            return await db.SaveChangesAsync();
        });
        return teacher.Id;
    }
}

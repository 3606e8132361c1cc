using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Modules.Teaching.Data;
using TruongSo.Web.Platform.Text;

namespace TruongSo.Tests.Modules.Gradebook;

/// <summary>A class of a THCS school with its students (in Vietnamese order), the school's subjects by code, and the Toán teacher.</summary>
public sealed record MarkedClass(PeopleSchool School, Guid ClassId, IReadOnlyList<(Guid Id, string Code, string Name)> Students,
    IReadOnlyDictionary<string, Guid> Subjects, TestUser MathTeacher)
{
    public Guid Math => Subjects["TOAN"];
}

/// <summary>Classes, teachers, guardians and recorded marks for the export, import and own-results tests.</summary>
public static class ExportTestKit
{
    /// <summary>A 7A1 class with students; a teacher account assigned Toán in both terms; the school's 2018 subjects.</summary>
    public static async Task<MarkedClass> MarkedClassAsync(this SchoolData data, params string[] names)
    {
        var school = await data.SchoolWithYearAsync("7A1");
        var ids = new List<Guid>();
        foreach (var name in names.Length == 0 ? ["Nguyễn Văn An", "Trần Thị Bình"] : names)
        {
            ids.Add(await data.StudentAsync(school.School, name, school["7A1"]));
        }
        var teacher = await data.UserAsync(Roles.Teacher, school.School, "Đặng Văn Hùng");
        var subjects = await data.App.WithDbAsync(db => db.Set<Subject>().Where(s => s.SchoolId == school.Id).ToDictionaryAsync(s => s.Code, s => s.Id));
        await data.AssignAsync(school, school["7A1"], teacher, "Đặng Văn Hùng", subjects["TOAN"]);
        var students = await data.App.WithDbAsync(db => db.Set<Student>().Where(s => ids.Contains(s.Id)).OrderBy(s => s.SortKey)
            .Select(s => new { s.Id, s.StudentCode, s.FullName }).ToListAsync());
        return new MarkedClass(school, school["7A1"], [.. students.Select(s => (s.Id, s.StudentCode, s.FullName))], subjects, teacher);
    }

    /// <summary>Gives <paramref name="user"/> a staff record and assigns them the subject (both terms), or the homeroom when null.</summary>
    public static Task AssignAsync(this SchoolData data, PeopleSchool school, Guid classId, TestUser user, string name, Guid? subjectId) =>
        data.App.WithDbAsync(async db =>
        {
            var staff = new StaffMember
            {
                SchoolId = school.Id, StaffCode = SchoolData.Unique("GV"), FullName = name, NameSearch = VietnameseText.Fold(name),
                SortKey = VietnameseText.SortKey(name), Position = "giao-vien", UserId = user.Id, CreatedAt = DateTime.UtcNow,
            };
            db.Add(staff);
            foreach (var term in subjectId is null ? [0] : new[] { 1, 2 })
            {
                db.Add(new TeachingAssignment
                {
                    SchoolId = school.Id, SchoolYearId = school.YearId, ClassId = classId, Kind = subjectId is null ? AssignmentKind.Homeroom : AssignmentKind.Subject,
                    SubjectId = subjectId, Term = term, StaffId = staff.Id, PeriodsPerWeek = 4, CreatedAt = DateTime.UtcNow,
                });
            }
            return await db.SaveChangesAsync();
        });

    /// <summary>Marks as a teacher left them (tenths, or a level for a comment subject), straight into the student's row for the term.</summary>
    public static Task MarksAsync(this TestApp app, MarkedClass c, Guid studentId, Guid subjectId, int term, params (MarkColumn Column, object Value)[] marks) =>
        app.WithDbAsync(async db =>
        {
            var row = await db.Set<MarkRow>().SingleOrDefaultAsync(r => r.StudentId == studentId && r.SubjectId == subjectId && r.SchoolYearId == c.School.YearId && r.Term == term);
            var cells = row?.Marks().Where(m => !marks.Any(n => n.Column == m.Column)).ToList() ?? [];
            cells.AddRange(marks.Select(m => new Mark
            {
                SchoolId = c.School.Id, SchoolYearId = c.School.YearId, ClassId = c.ClassId, SubjectId = subjectId, StudentId = studentId, Term = term,
                Column = m.Column, Tenths = m.Value as int?, Level = m.Value as string, UpdatedAt = DateTime.UtcNow,
            }));
            if (row is null)
            {
                db.Add(MarkRow.Of(cells));
            }
            else
            {
                (row.Cells, row.Version) = (MarkCells.Write(cells), row.Version + 1);
            }
            return await db.SaveChangesAsync();
        });

    public static Task SubjectResultAsync(this TestApp app, MarkedClass c, Guid studentId, Guid subjectId, GradingPeriod period, int? tenths, string? level = null) =>
        app.WithDbAsync(async db =>
        {
            db.Add(new SubjectResult
            {
                SchoolId = c.School.Id, SchoolYearId = c.School.YearId, ClassId = c.ClassId, SubjectId = subjectId, StudentId = studentId, Period = period,
                Complete = tenths is not null || level is not null, AverageTenths = tenths, Level = level, ComputedAt = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

    /// <summary>A student's closed result for a period, as the GVCN's close stores it.</summary>
    public static Task StudentResultAsync(this TestApp app, MarkedClass c, Guid studentId, GradingPeriod period, string learning, string conduct,
        string? outcome = null, string? honour = null, string? retests = null) =>
        app.WithDbAsync(async db =>
        {
            db.Add(new StudentResult
            {
                SchoolId = c.School.Id, SchoolYearId = c.School.YearId, ClassId = c.ClassId, StudentId = studentId, Period = period, RuleSet = "TT22",
                Learning = learning, LearningComputed = learning, Conduct = conduct, YearEndOutcome = outcome, FinalOutcome = outcome, Honour = honour,
                RetestSubjects = retests, Absences = 2, UpdatedAt = DateTime.UtcNow,
            });
            // As the GVCN's close leaves it: the homeroom sheet of the period is complete, so these rows are what readers see.
            if (!await db.Set<Sheet>().AnyAsync(x => x.ClassId == c.ClassId && x.SubjectId == null && x.Period == period))
            {
                db.Add(new Sheet { SchoolId = c.School.Id, SchoolYearId = c.School.YearId, ClassId = c.ClassId, Period = period, CompletedAt = DateTime.UtcNow });
            }
            return await db.SaveChangesAsync();
        });

    /// <summary>A parent account linked (as a guardian) to these students, as the demo links 0912345678.</summary>
    public static async Task<TestUser> ParentOfAsync(this SchoolData data, OrgUnitRef school, params Guid[] children)
    {
        var user = await data.UserAsync(Roles.Parent, school, "Phạm Văn Cha");
        await data.App.WithDbAsync(async db =>
        {
            var guardian = new Guardian { FullName = "Phạm Văn Cha", NameSearch = "pham van cha", Phone = $"09{Random.Shared.Next(10_000_000, 99_999_999)}", UserId = user.Id, CreatedAt = DateTime.UtcNow };
            db.Add(guardian);
            db.AddRange(children.Select(id => new StudentGuardian { StudentId = id, GuardianId = guardian.Id, Relation = "cha", IsPrimaryContact = true }));
            return await db.SaveChangesAsync();
        });
        return user;
    }

    /// <summary>A student account linked to the student's record.</summary>
    public static async Task<TestUser> StudentAccountAsync(this SchoolData data, OrgUnitRef school, Guid studentId)
    {
        var user = await data.UserAsync(Roles.Student, school);
        await data.App.WithDbAsync(db => db.Set<Student>().Where(s => s.Id == studentId).ExecuteUpdateAsync(u => u.SetProperty(s => s.UserId, user.Id)));
        return user;
    }

    public static Task<int> GradebookAuditCountAsync(this TestApp app, Guid schoolId, string action) =>
        app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.SchoolId == schoolId && e.Action == action));
}
